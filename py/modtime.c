// The time module: MicroPython's ticks and sleeps, and CPython's clocks,
// written against py/hal.h so that both ports share it.
// SPDX-License-Identifier: MIT
//
// Ticks (ticks_ms, ticks_us, ticks_cpu) are MicroPython's wrapping counters:
// values in [0, TICKS_PERIOD) that are only meaningful through ticks_diff
// and ticks_add. The period is 2**30, so a tick value is always a small int
// on the Pi's 31-bit small ints, and ticks_diff gives results in
// [-2**29, 2**29).

#include <math.h>

#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objseq.h"
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

// ---------------------------------------------------------------------------
// Calendar: gmtime, localtime, mktime over the proleptic Gregorian calendar,
// with MicroPython's 8-tuples (year, month, mday, hour, minute, second,
// weekday with Monday 0, yearday from 1). The epoch is 1970 on both ports.
// ---------------------------------------------------------------------------

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days from 1970-01-01 to year-month-day; the year is counted from March so
// that the leap day comes last, and 400 years make a fixed cycle of days.
static int64_t days_from_date(int64_t year, int64_t month, int64_t day) {
    // Months outside 1..12 carry into the year, as mktime allows.
    year += floor_div(month - 1, 12);
    month = month - 1 - floor_div(month - 1, 12) * 12 + 1;
    int64_t y = month <= 2 ? year - 1 : year;
    int64_t cycle = floor_div(y, 400);
    int64_t year_of_cycle = y - cycle * 400;
    int64_t march_month = month > 2 ? month - 3 : month + 9;
    int64_t day_of_year = (153 * march_month + 2) / 5 + day - 1;
    int64_t day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 - year_of_cycle / 100 + day_of_year;
    return cycle * 146097 + day_of_cycle - 719468; // 719468: days from 0000-03-01 to 1970-01-01
}

// The 8-tuple for [secs] seconds after the epoch.
static obj_t time_tuple(int64_t secs) {
    int64_t days = floor_div(secs, 86400);
    int64_t rem = secs - days * 86400;
    int64_t z = days + 719468;
    int64_t cycle = floor_div(z, 146097);
    int64_t day_of_cycle = z - cycle * 146097;
    int64_t year_of_cycle = (day_of_cycle - day_of_cycle / 1460 + day_of_cycle / 36524 -
                                day_of_cycle / 146096) / 365;
    int64_t day_of_year = day_of_cycle - (365 * year_of_cycle + year_of_cycle / 4 - year_of_cycle / 100);
    int64_t march_month = (5 * day_of_year + 2) / 153;
    int64_t mday = day_of_year - (153 * march_month + 2) / 5 + 1;
    int64_t month = march_month < 10 ? march_month + 3 : march_month - 9;
    int64_t year = year_of_cycle + cycle * 400 + (month <= 2);
    int64_t weekday = days + 3 - floor_div(days + 3, 7) * 7; // 1970-01-01 was a Thursday
    int64_t yday = days - days_from_date(year, 1, 1) + 1;
    obj_t items[8] = {int_from_ll((long long)year), OBJ_NEW_SMALL_INT(month), OBJ_NEW_SMALL_INT(mday),
        OBJ_NEW_SMALL_INT(rem / 3600), OBJ_NEW_SMALL_INT(rem / 60 % 60), OBJ_NEW_SMALL_INT(rem % 60),
        OBJ_NEW_SMALL_INT(weekday), OBJ_NEW_SMALL_INT(yday)};
    return tuple_new(8, items);
}

// The seconds argument of gmtime/localtime: now when absent or None.
static int64_t secs_arg(size_t n_args, const obj_t *args) {
    if (n_args == 0 || args[0] == OBJ_NONE) {
        return (int64_t)floor(hal_time());
    }
    double d = rt_get_float(args[0]); // ints too: exact below 2**53, and 32-bit safe
    if (!(d > -1e17 && d < 1e17)) {
        rt_raise_msg(&type_OverflowError, "timestamp out of range for platform time_t");
    }
    return (int64_t)floor(d);
}

static obj_t time_gmtime(size_t n_args, const obj_t *args) {
    return time_tuple(secs_arg(n_args, args));
}
static BUILTIN_FN_VAR(time_gmtime_obj, QSTR_gmtime, 0, 1, time_gmtime);

static obj_t time_localtime(size_t n_args, const obj_t *args) {
    int64_t secs = secs_arg(n_args, args);
    return time_tuple(secs + hal_utc_offset(secs));
}
static BUILTIN_FN_VAR(time_localtime_obj, QSTR_localtime, 0, 1, time_localtime);

// mktime: the inverse of localtime, from an 8- or 9-item sequence (weekday,
// yearday and the daylight flag are ignored, as in C's mktime).
static obj_t time_mktime(obj_t t) {
    size_t n;
    obj_t *items;
    if (!seq_get_items(t, &n, &items)) {
        rt_raise_msg(&type_TypeError, "Tuple or struct_time argument required");
    }
    if (n != 8 && n != 9) {
        rt_raise_msg(&type_TypeError, "mktime(): illegal time tuple argument");
    }
    int64_t f[6];
    for (size_t i = 0; i < 6; i++) {
        f[i] = rt_get_int(items[i]);
    }
    int64_t local = days_from_date(f[0], f[1], f[2]) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    // The offset at the local time read as UTC is right except within hours
    // of a change of offset; one correction settles those.
    int64_t guess = local - hal_utc_offset(local);
    guess = local - hal_utc_offset(guess);
    return float_new((double)guess);
}
static BUILTIN_FN_1(time_mktime_obj, QSTR_mktime, time_mktime);

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
    {OBJ_NEW_QSTR(QSTR_gmtime), (obj_t)&time_gmtime_obj},
    {OBJ_NEW_QSTR(QSTR_localtime), (obj_t)&time_localtime_obj},
    {OBJ_NEW_QSTR(QSTR_mktime), (obj_t)&time_mktime_obj},
    {OBJ_NEW_QSTR(QSTR_monotonic), (obj_t)&time_monotonic_obj},
    {OBJ_NEW_QSTR(QSTR_monotonic_ns), (obj_t)&time_monotonic_ns_obj},
    {OBJ_NEW_QSTR(QSTR_perf_counter), (obj_t)&time_perf_counter_obj},
    {OBJ_NEW_QSTR(QSTR_perf_counter_ns), (obj_t)&time_perf_counter_ns_obj},
};
static DICT_ROM(time_globals, time_globals_table);

MODULE_ROM(module_time, time_globals);
