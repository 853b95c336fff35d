// The random module: MicroPython's subset of CPython's random (seed,
// getrandbits, randrange, randint, choice, shuffle, random, uniform) over
// xoshiro128**, a small fast generator with 128 bits of state.
// SPDX-License-Identifier: MIT

#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_random, module_random);

// Bit length of an int via int.bit_length() (py/objnum.h's int_bits is
// declared but not defined yet).
static size_t bit_length(obj_t o) {
    obj_t dest[2];
    rt_load_method(o, QSTR_bit_length, dest);
    return (size_t)rt_get_int(rt_call_method(0, 0, dest));
}

static uint32_t state[4];
static bool seeded;

static inline uint32_t rotl(uint32_t x, int k) {
    return (x << k) | (x >> (32 - k));
}

static uint32_t next32(void);

// Expands a 64-bit seed into the state with splitmix64, so that nearby
// seeds give unrelated streams and the state is never all zero.
static void seed_with(uint64_t s) {
    for (int i = 0; i < 4; i += 2) {
        s += 0x9e3779b97f4a7c15ull;
        uint64_t z = s;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        z ^= z >> 31;
        state[i] = (uint32_t)z;
        state[i + 1] = (uint32_t)(z >> 32);
    }
    seeded = true;
}

static uint32_t next32(void) {
    if (!seeded) {
        seed_with(((uint64_t)hal_ticks_us() << 32) ^ hal_ticks_ms() ^ 0x5eedu);
    }
    uint32_t result = rotl(state[1] * 5, 7) * 9;
    uint32_t t = state[1] << 9;
    state[2] ^= state[0];
    state[3] ^= state[1];
    state[1] ^= state[2];
    state[0] ^= state[3];
    state[2] ^= t;
    state[3] = rotl(state[3], 11);
    return result;
}

// A uniform integer in [0, n) for 0 < n <= 2**32, by rejection (no bias).
static uint32_t below32(uint64_t n) {
    if (n == ((uint64_t)1 << 32)) {
        return next32();
    }
    uint32_t limit = (uint32_t)(((uint64_t)1 << 32) - (((uint64_t)1 << 32) % n));
    for (;;) {
        uint32_t r = next32();
        if (limit == 0 || r < limit) {
            return (uint32_t)(r % n);
        }
    }
}

static obj_t random_seed(size_t n_args, const obj_t *args) {
    if (n_args == 0 || args[0] == OBJ_NONE) {
        seed_with(((uint64_t)hal_ticks_us() << 32) ^ hal_ticks_ms() ^ (uint64_t)(hal_time() * 1e6));
        return OBJ_NONE;
    }
    obj_t a = args[0];
    uint64_t s;
    if (int_is_intlike(a)) {
        // Fold the int's hash with its low bits so that big seeds matter.
        obj_t low = rt_binary_op(BINARY_OP_AND, a, int_from_ull(0xffffffffu));
        s = (uint64_t)(uint32_t)int_to_double(low) ^ ((uint64_t)(uintptr_t)rt_hash(a) << 32) ^
            (int_sign(a) < 0 ? 0xa5a5a5a5a5a5a5a5ull : 0);
    } else {
        s = (uint64_t)(uintptr_t)rt_hash(a);
    }
    seed_with(s);
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(random_seed_obj, QSTR_seed, 0, 1, random_seed);

// A non-negative int of [bits] random bits.
static obj_t rand_bits(size_t bits) {
    if (bits <= 32) {
        uint32_t v = bits == 0 ? 0 : next32() >> (32 - bits);
        return int_from_uintptr(v);
    }
    // Fill little-endian bytes and convert once with int.from_bytes: linear
    // time, and a MemoryError up front for absurd sizes.
    size_t nbytes = (bits + 7) / 8;
    uint8_t *buf = rt_alloc_flags(nbytes + 4, GC_ALLOC_NOSCAN);
    for (size_t i = 0; i < nbytes; i += 4) {
        uint32_t v = next32();
        buf[i] = (uint8_t)v;
        buf[i + 1] = (uint8_t)(v >> 8);
        buf[i + 2] = (uint8_t)(v >> 16);
        buf[i + 3] = (uint8_t)(v >> 24);
    }
    if (bits % 8) {
        buf[nbytes - 1] &= (uint8_t)((1u << (bits % 8)) - 1);
    }
    obj_t from_bytes = rt_load_attr((obj_t)&type_int, QSTR_from_bytes);
    return rt_call2(from_bytes, bytes_new(buf, nbytes), OBJ_NEW_QSTR(QSTR_little));
}

static obj_t random_getrandbits(obj_t n) {
    intptr_t k = rt_get_int(n);
    if (k < 0) {
        rt_raise_msg(&type_ValueError, "number of bits must be non-negative");
    }
    return rand_bits((size_t)k);
}
static BUILTIN_FN_1(random_getrandbits_obj, QSTR_getrandbits, random_getrandbits);

// A uniform int in [0, n) for a positive int n of any size.
static obj_t rand_below(obj_t n) {
    intptr_t small;
    if (int_to_intptr(n, &small) && (uint64_t)small <= ((uint64_t)1 << 32)) {
        return int_from_uintptr(below32((uint64_t)small));
    }
    size_t bits = bit_length(n);
    for (;;) {
        obj_t r = rand_bits(bits);
        if (int_compare(r, n) < 0) {
            return r;
        }
    }
}

static void require_int(obj_t o) {
    if (!int_is_intlike(o)) {
        rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
}

static obj_t random_randrange(size_t n_args, const obj_t *args) {
    obj_t start = OBJ_NEW_SMALL_INT(0), stop, step = OBJ_NEW_SMALL_INT(1);
    if (n_args == 1) {
        stop = args[0];
    } else {
        start = args[0];
        stop = args[1];
        if (n_args == 3) {
            step = args[2];
        }
    }
    require_int(start);
    require_int(stop);
    require_int(step);
    if (int_sign(step) == 0) {
        rt_raise_msg(&type_ValueError, "zero step for randrange()");
    }
    // Number of values: ceil((stop - start) / step).
    obj_t width = rt_binary_op(BINARY_OP_SUBTRACT, stop, start);
    obj_t n = rt_unary_op(UNARY_OP_NEGATIVE,
        rt_binary_op(BINARY_OP_FLOOR_DIVIDE, rt_unary_op(UNARY_OP_NEGATIVE, width), step));
    if (int_sign(n) <= 0) {
        rt_raise_msg(&type_ValueError, "empty range for randrange()");
    }
    obj_t r = rand_below(n);
    return rt_binary_op(BINARY_OP_ADD, start, rt_binary_op(BINARY_OP_MULTIPLY, r, step));
}
static BUILTIN_FN_VAR(random_randrange_obj, QSTR_randrange, 1, 3, random_randrange);

static obj_t random_randint(obj_t a, obj_t b) {
    obj_t args[2] = {a, rt_binary_op(BINARY_OP_ADD, b, OBJ_NEW_SMALL_INT(1))};
    require_int(a);
    require_int(b);
    return random_randrange(2, args);
}
static BUILTIN_FN_2(random_randint_obj, QSTR_randint, random_randint);

static double rand_float(void) {
    uint64_t hi = next32() >> 5; // 27 bits
    uint64_t lo = next32() >> 6; // 26 bits
    return (double)(hi << 26 | lo) * (1.0 / 9007199254740992.0);
}

static obj_t random_random(void) {
    return float_new(rand_float());
}
static BUILTIN_FN_0(random_random_obj, QSTR_random, random_random);

static obj_t random_uniform(obj_t a, obj_t b) {
    double x = rt_get_float(a), y = rt_get_float(b);
    return float_new(x + (y - x) * rand_float());
}
static BUILTIN_FN_2(random_uniform_obj, QSTR_uniform, random_uniform);

static obj_t random_choice(obj_t seq) {
    size_t len = rt_len(seq);
    if (len == 0) {
        rt_raise_msg(&type_IndexError, "Cannot choose from an empty sequence");
    }
    obj_t i = rand_below(int_from_uintptr(len));
    return rt_subscr_load(seq, i);
}
static BUILTIN_FN_1(random_choice_obj, QSTR_choice, random_choice);

static obj_t random_shuffle(obj_t seq) {
    size_t len = rt_len(seq);
    for (size_t i = len; i > 1; i--) {
        size_t j = below32(i);
        obj_t a = int_from_uintptr(i - 1), b = int_from_uintptr(j);
        obj_t va = rt_subscr_load(seq, a), vb = rt_subscr_load(seq, b);
        rt_subscr_store(seq, a, vb);
        rt_subscr_store(seq, b, va);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(random_shuffle_obj, QSTR_shuffle, random_shuffle);

static const dict_entry_t random_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_random)},
    {OBJ_NEW_QSTR(QSTR_seed), (obj_t)&random_seed_obj},
    {OBJ_NEW_QSTR(QSTR_getrandbits), (obj_t)&random_getrandbits_obj},
    {OBJ_NEW_QSTR(QSTR_randrange), (obj_t)&random_randrange_obj},
    {OBJ_NEW_QSTR(QSTR_randint), (obj_t)&random_randint_obj},
    {OBJ_NEW_QSTR(QSTR_random), (obj_t)&random_random_obj},
    {OBJ_NEW_QSTR(QSTR_uniform), (obj_t)&random_uniform_obj},
    {OBJ_NEW_QSTR(QSTR_choice), (obj_t)&random_choice_obj},
    {OBJ_NEW_QSTR(QSTR_shuffle), (obj_t)&random_shuffle_obj},
};
static DICT_ROM(random_globals, random_globals_table);

MODULE_ROM(module_random, random_globals);
