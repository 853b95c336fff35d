// Start-up code: the exception vector table, the first instructions after
// the firmware (or QEMU) jumps to 0x8000, and the exception entry stubs.
// SPDX-License-Identifier: MIT
//
// On entry: ARM state, SVC mode (Secure SVC under QEMU), MMU and caches
// off, IRQ/FIQ masked; r0-r2 hold boot arguments we do not use.

#define MODE_FIQ 0x11
#define MODE_IRQ 0x12
#define MODE_SVC 0x13
#define MODE_ABT 0x17
#define MODE_UND 0x1B
#define MODE_SYS 0x1F
#define MODE_USR 0x10
#define CPSR_I (1 << 7)
#define CPSR_F (1 << 6)

#define SCTLR_A (1 << 1)   // alignment fault checking
#define SCTLR_U (1 << 22)  // ARMv6 unaligned access model (LDR/STR/LDRH/STRH may be unaligned)
#define CPACR_CP10_CP11_FULL (0xF << 20) // VFP coprocessors: full access from all modes
#define FPEXC_EN (1 << 30) // VFP enable

// Fault kinds passed to fault_handler (ports/rpi/fault.h).
#define FAULT_UNDEF 0
#define FAULT_SVC 1
#define FAULT_PREFETCH_ABORT 2
#define FAULT_DATA_ABORT 3
#define FAULT_FIQ 4
#define FAULT_UNUSED 5

    .section .text.boot, "ax"
    .arm
    .globl _start
    .globl boot_vectors

// The vector table must come first: VBAR points at it, and entry 0 is the
// reset vector, which is also where execution starts (0x8000).
    .balign 32
_start:
boot_vectors:
    ldr pc, vector_reset
    ldr pc, vector_undef
    ldr pc, vector_svc
    ldr pc, vector_prefetch_abort
    ldr pc, vector_data_abort
    ldr pc, vector_unused
    ldr pc, vector_irq
    ldr pc, vector_fiq
vector_reset:          .word reset
vector_undef:          .word undef_entry
vector_svc:            .word svc_entry
vector_prefetch_abort: .word prefetch_abort_entry
vector_data_abort:     .word data_abort_entry
vector_unused:         .word unused_entry
vector_irq:            .word irq_entry
vector_fiq:            .word fiq_entry

reset:
    cpsid if

    // Exceptions go to our table.
    ldr r0, =boot_vectors
    mcr p15, 0, r0, c12, c0, 0

    // Unaligned loads and stores as GCC assumes for ARMv6; no alignment faults.
    mrc p15, 0, r0, c1, c0, 0
    orr r0, r0, #SCTLR_U
    bic r0, r0, #SCTLR_A
    mcr p15, 0, r0, c1, c0, 0

    // A stack for each exception mode (still with IRQ/FIQ masked).
    cps #MODE_FIQ
    ldr sp, =__fiq_stack_top
    cps #MODE_IRQ
    ldr sp, =__irq_stack_top
    cps #MODE_ABT
    ldr sp, =__abt_stack_top
    cps #MODE_UND
    ldr sp, =__und_stack_top
    cps #MODE_SVC
    ldr sp, =__svc_stack_top

    // VFP: grant access to cp10/cp11, flush the prefetch buffer (the ARMv6
    // ISB), then switch the unit on.
    mrc p15, 0, r0, c1, c0, 2
    orr r0, r0, #CPACR_CP10_CP11_FULL
    mcr p15, 0, r0, c1, c0, 2
    mov r0, #0
    mcr p15, 0, r0, c7, c5, 4
    mov r0, #FPEXC_EN
    vmsr fpexc, r0
    mov r0, #0
    vmsr fpscr, r0

    // Zero .bss (word aligned by the linker script).
    ldr r0, =__bss_start
    ldr r1, =__bss_end
    mov r2, #0
1:  cmp r0, r1
    strlo r2, [r0], #4
    blo 1b

    mov fp, #0
    bl rpi_main
2:  mcr p15, 0, r0, c7, c0, 4   // wait for interrupt, forever
    b 2b

// IRQ: save what the AAPCS lets a C function clobber, VFP included (the C
// handlers are compiled with hard float and may touch d0-d7), dispatch,
// restore, and return to the interrupted instruction.
irq_entry:
    sub lr, lr, #4
    push {r0-r3, r12, lr}
    vpush {d0-d7}
    vmrs r0, fpscr
    push {r0, r1}               // r1 only keeps the stack 8-byte aligned
    bl irq_dispatch
    pop {r0, r1}
    vmsr fpscr, r0
    vpop {d0-d7}
    ldm sp!, {r0-r3, r12, pc}^  // ^ with pc: CPSR = SPSR_irq

// Fault entries: build a register frame on the mode's stack and call
// fault_handler(kind, frame), which reports and resets. [adjust] turns lr
// into the address of the faulting instruction.
//   frame: r0-r12, sp, lr (of the interrupted mode), pc, cpsr
.macro FAULT_ENTRY kind, adjust
    sub lr, lr, #\adjust
    sub sp, sp, #(17 * 4)
    stmia sp, {r0-r12}
    str lr, [sp, #(15 * 4)]
    mrs r0, spsr
    str r0, [sp, #(16 * 4)]
    // Fetch sp and lr of the interrupted mode by visiting it.
    and r1, r0, #0x1F
    cmp r1, #MODE_USR
    moveq r1, #MODE_SYS         // same registers, but privileged
    mrs r2, cpsr
    bic r3, r2, #0x1F
    orr r3, r3, r1
    orr r3, r3, #(CPSR_I | CPSR_F)
    msr cpsr_c, r3
    mov r4, sp
    mov r5, lr
    msr cpsr_c, r2
    str r4, [sp, #(13 * 4)]
    str r5, [sp, #(14 * 4)]
    mov r0, #\kind
    mov r1, sp
    bl fault_handler
3:  b 3b
.endm

undef_entry:
    FAULT_ENTRY FAULT_UNDEF, 4
svc_entry:
    FAULT_ENTRY FAULT_SVC, 4
prefetch_abort_entry:
    FAULT_ENTRY FAULT_PREFETCH_ABORT, 4
data_abort_entry:
    FAULT_ENTRY FAULT_DATA_ABORT, 8
unused_entry:
    FAULT_ENTRY FAULT_UNUSED, 4
fiq_entry:
    FAULT_ENTRY FAULT_FIQ, 4

    .ltorg
