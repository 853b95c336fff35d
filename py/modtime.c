// The time module: MicroPython's ticks and sleeps, and CPython's clocks,
// written against py/hal.h so that both ports share it.
// SPDX-License-Identifier: MIT
//
// Ticks (ticks_ms, ticks_us, ticks_cpu) are MicroPython's wrapping counters:
// values in [0, TICKS_PERIOD) that are only meaningful through ticks_diff
// and ticks_add. The period is 2**30, so a tick value is always a small int
// on the Pi's 31-bit small ints, and ticks_diff gives results in
// [-2**29, 2**29).

#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_time, module_time);

#define TICKS_PERIOD ((uintptr_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

// Longest single wait on the microsecond counter: well inside its 32-bit
// wrap (about 71 minutes).
#define SLEEP_CHUNK_US (1000000000u)

// Sleeps [us] microseconds; a pending KeyboardInterrupt raises here, and
// scheduled callbacks run without cutting the sleep short.
static void sleep_total_us(uint64_t us) {
    while (us > 0) {
        uint32_t chunk = us > SLEEP_CHUNK_US ? SLEEP_CHUNK_US : (uint32_t)us;
        uint32_t start = hal_ticks_us();
        for (;;) {
            uint32_t elapsed = hal_ticks_us() - start;
            if (elapsed >= chunk) {
                break;
            }
            uint32_t left = chunk - elapsed;
            if (left >= 10000u) {
                hal_delay_ms(left / 1000u);
            } else {
                hal_delay_us(left);
            }
            if (vm_state.pending) {
                rt_handle_pending();
            }
        }
        us -= chunk;
    }
}

static intptr_t nonnegative_int(obj_t o) {
    intptr_t v = rt_get_int(o);
    if (v < 0) {
        rt_raise_msg(&type_ValueError, "sleep length must be non-negative");
    }
    return v;
}

static obj_t time_sleep(obj_t secs) {
    double s = rt_get_float(secs);
    if (s != s) {
        rt_raise_msg(&type_ValueError, "Invalid value NaN (not a number)");
    }
    if (s < 0) {
        rt_raise_msg(&type_ValueError, "sleep length must be non-negative");
    }
    if (s > 1e12) {
        rt_raise_msg(&type_OverflowError, "sleep length is too large");
    }
    sleep_total_us((uint64_t)(s * 1e6 + 0.5));
    return OBJ_NONE;
}
static BUILTIN_FN_1(time_sleep_obj, QSTR_sleep, time_sleep);

static obj_t time_sleep_ms(obj_t ms) {
    sleep_total_us((uint64_t)nonnegative_int(ms) * 1000u);
    return OBJ_NONE;
}
static BUILTIN_FN_1(time_sleep_ms_obj, QSTR_sleep_ms, time_sleep_ms);

static obj_t time_sleep_us(obj_t us) {
    sleep_total_us((uint64_t)nonnegative_int(us));
    return OBJ_NONE;
}
static BUILTIN_FN_1(time_sleep_us_obj, QSTR_sleep_us, time_sleep_us);

static obj_t time_ticks_ms(void) {
    return OBJ_NEW_SMALL_INT(hal_ticks_ms() & TICKS_MASK);
}
static BUILTIN_FN_0(time_ticks_ms_obj, QSTR_ticks_ms, time_ticks_ms);

static obj_t time_ticks_us(void) {
    return OBJ_NEW_SMALL_INT(hal_ticks_us() & TICKS_MASK);
}
static BUILTIN_FN_0(time_ticks_us_obj, QSTR_ticks_us, time_ticks_us);
static BUILTIN_FN_0(time_ticks_cpu_obj, QSTR_ticks_cpu, time_ticks_us);

static obj_t time_ticks_add(obj_t ticks, obj_t delta) {
    uintptr_t t = (uintptr_t)rt_get_int(ticks);
    uintptr_t d = (uintptr_t)rt_get_int(delta);
    return OBJ_NEW_SMALL_INT((t + d) & TICKS_MASK);
}
static BUILTIN_FN_2(time_ticks_add_obj, QSTR_ticks_add, time_ticks_add);

// ticks1 - ticks2 taken modulo the period into [-period/2, period/2).
static obj_t time_ticks_diff(obj_t ticks1, obj_t ticks2) {
    uintptr_t a = (uintptr_t)rt_get_int(ticks1);
    uintptr_t b = (uintptr_t)rt_get_int(ticks2);
    intptr_t diff = (intptr_t)((a - b + TICKS_HALF) & TICKS_MASK) - (intptr_t)TICKS_HALF;
    return OBJ_NEW_SMALL_INT(diff);
}
static BUILTIN_FN_2(time_ticks_diff_obj, QSTR_ticks_diff, time_ticks_diff);

static obj_t time_time(void) {
    return float_new(hal_time());
}
static BUILTIN_FN_0(time_time_obj, QSTR_time, time_time);

static obj_t time_time_ns(void) {
    return int_from_ll((long long)(hal_time() * 1e9));
}
static BUILTIN_FN_0(time_time_ns_obj, QSTR_time_ns, time_time_ns);

// A monotonic microsecond count, extended past the 32-bit counters' wraps.
// The millisecond counter decides over long gaps between calls (the
// microsecond one wraps every ~71 minutes); the microsecond one otherwise.
static uint64_t mono_us;
static uint32_t mono_last_us, mono_last_ms;
static bool mono_started;

static uint64_t monotonic_us(void) {
    uint32_t now_us = hal_ticks_us();
    uint32_t now_ms = hal_ticks_ms();
    if (!mono_started) {
        mono_started = true;
        mono_us = (uint64_t)now_ms * 1000u;
    } else {
        uint32_t dms = now_ms - mono_last_ms;
        if (dms > 3600u * 1000u) {
            mono_us += (uint64_t)dms * 1000u;
        } else {
            mono_us += (uint32_t)(now_us - mono_last_us);
        }
    }
    mono_last_us = now_us;
    mono_last_ms = now_ms;
    return mono_us;
}

static obj_t time_monotonic(void) {
    return float_new((double)monotonic_us() / 1e6);
}
static BUILTIN_FN_0(time_monotonic_obj, QSTR_monotonic, time_monotonic);
static BUILTIN_FN_0(time_perf_counter_obj, QSTR_perf_counter, time_monotonic);

static obj_t time_monotonic_ns(void) {
    return int_from_ull((unsigned long long)monotonic_us() * 1000u);
}
static BUILTIN_FN_0(time_monotonic_ns_obj, QSTR_monotonic_ns, time_monotonic_ns);
static BUILTIN_FN_0(time_perf_counter_ns_obj, QSTR_perf_counter_ns, time_monotonic_ns);

static const dict_entry_t time_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_time)},
    {OBJ_NEW_QSTR(QSTR_sleep), (obj_t)&time_sleep_obj},
    {OBJ_NEW_QSTR(QSTR_sleep_ms), (obj_t)&time_sleep_ms_obj},
    {OBJ_NEW_QSTR(QSTR_sleep_us), (obj_t)&time_sleep_us_obj},
    {OBJ_NEW_QSTR(QSTR_ticks_ms), (obj_t)&time_ticks_ms_obj},
    {OBJ_NEW_QSTR(QSTR_ticks_us), (obj_t)&time_ticks_us_obj},
    {OBJ_NEW_QSTR(QSTR_ticks_cpu), (obj_t)&time_ticks_cpu_obj},
    {OBJ_NEW_QSTR(QSTR_ticks_add), (obj_t)&time_ticks_add_obj},
    {OBJ_NEW_QSTR(QSTR_ticks_diff), (obj_t)&time_ticks_diff_obj},
    {OBJ_NEW_QSTR(QSTR_time), (obj_t)&time_time_obj},
    {OBJ_NEW_QSTR(QSTR_time_ns), (obj_t)&time_time_ns_obj},
    {OBJ_NEW_QSTR(QSTR_monotonic), (obj_t)&time_monotonic_obj},
    {OBJ_NEW_QSTR(QSTR_monotonic_ns), (obj_t)&time_monotonic_ns_obj},
    {OBJ_NEW_QSTR(QSTR_perf_counter), (obj_t)&time_perf_counter_obj},
    {OBJ_NEW_QSTR(QSTR_perf_counter_ns), (obj_t)&time_perf_counter_ns_obj},
};
static DICT_ROM(time_globals, time_globals_table);

MODULE_ROM(module_time, time_globals);
