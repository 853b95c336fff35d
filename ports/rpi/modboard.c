// The _board module: a few board-level hooks for tests and debugging (the
// fault handler trigger, what the mailbox reported). Not a public API:
// `machine` is where the documented one will live.
// SPDX-License-Identifier: MIT

#include "board.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR__board, module_board);

// _board.fault(kind): 0 undefined instruction, 2 prefetch abort, 3 data
// abort. The board reports the fault and resets.
static obj_t board_fault(obj_t kind) {
    intptr_t k = rt_get_int(kind);
    if (k != FAULT_UNDEF && k != FAULT_PREFETCH_ABORT && k != FAULT_DATA_ABORT) {
        rt_raise_msg(&type_ValueError, "fault kind must be 0, 2 or 3");
    }
    fault_trigger((unsigned)k);
    return OBJ_NONE;
}
static BUILTIN_FN_1(board_fault_obj, QSTR_fault, board_fault);

// _board.info(): (model, soc, revision, serial, arm_mem_size, uart_clock, arm_clock).
static obj_t board_info_fn(void) {
    obj_t items[7] = {
        OBJ_NEW_QSTR(qstr_from_str(board_info.model)),
        OBJ_NEW_QSTR(qstr_from_str(board_info.soc)),
        int_from_uintptr(board_info.revision),
        int_from_ull(board_info.serial),
        int_from_uintptr(board_info.arm_mem_size),
        int_from_uintptr(board_info.uart_clock),
        int_from_uintptr(board_info.arm_clock),
    };
    return tuple_new(7, items);
}
static BUILTIN_FN_0(board_info_obj, QSTR_info, board_info_fn);

static const dict_entry_t board_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR__board)},
    {OBJ_NEW_QSTR(QSTR_fault), (obj_t)&board_fault_obj},
    {OBJ_NEW_QSTR(QSTR_info), (obj_t)&board_info_obj},
};
static DICT_ROM(board_globals, board_globals_table);

MODULE_ROM(module_board, board_globals);
