// The object model: how every Python value fits in one machine word, the type
// struct that gives a value its behaviour, and the layouts of the core objects.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJ_H
#define PY_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/config.h"
#include "py/qstr.h"

// ---------------------------------------------------------------------------
// Representation
//
// An obj_t is one machine word (32 bits on the Pi, 64 on the host). Its low
// bits say what it is:
//
//   ........ ......x1   small int: the value is the word shifted right by one
//                       (arithmetic shift), so 31 or 63 bits of signed range.
//   ........ .....010   interned string (qstr): the qstr index is word >> 3.
//   ........ .....110   reserved.
//   ........ ......00   pointer to an object (on the GC heap or in ROM) whose
//                       first field is its type pointer (obj_base_t).
//   0                   OBJ_NULL: not a Python value. It means "nothing here":
//                       an exhausted iterator, a missing dict key, an unset
//                       local, an unsupported operation.
//
// Small ints need no allocation and compare by word. Interned strings compare
// by word too, which makes attribute and global lookups cheap. Ints that do
// not fit are heap objects of the same type `int` (see py/objint.c); code that
// produces ints must go through int_from_*() so that a value always has
// exactly one representation: a small int whenever it fits.
//
// None, True, False, Ellipsis and NotImplemented are static objects; compare
// with OBJ_NONE etc. by word.
// ---------------------------------------------------------------------------

// A Python value; see the representation above. `void *` so that pointers to
// object structs convert to and from it without casts.
typedef void *obj_t;

// "No object": never visible to Python code.
#define OBJ_NULL ((obj_t)0)

// A second non-value marker: "load" in subscr slots, "store" in attr slots.
#define OBJ_SENTINEL ((obj_t)(uintptr_t)4)

// Small ints.
#define OBJ_IS_SMALL_INT(o) ((((uintptr_t)(o)) & 1) != 0)
#define OBJ_SMALL_INT_VALUE(o) (((intptr_t)(o)) >> 1)
#define OBJ_NEW_SMALL_INT(v) ((obj_t)((((uintptr_t)(intptr_t)(v)) << 1) | 1))
#define SMALL_INT_MIN (INTPTR_MIN >> 1)
#define SMALL_INT_MAX (INTPTR_MAX >> 1)
#define SMALL_INT_FITS(v) ((v) >= SMALL_INT_MIN && (v) <= SMALL_INT_MAX)

// Interned strings as immediates.
#define OBJ_IS_QSTR(o) ((((uintptr_t)(o)) & 7) == 2)
#define OBJ_QSTR_VALUE(o) ((qstr)(((uintptr_t)(o)) >> 3))
#define OBJ_NEW_QSTR(q) ((obj_t)((((uintptr_t)(q)) << 3) | 2))

// A pointer to an object struct (OBJ_NULL and OBJ_SENTINEL excluded).
#define OBJ_IS_PTR(o) ((((uintptr_t)(o)) & 3) == 0 && (uintptr_t)(o) > 4)

typedef struct obj_type obj_type_t;

// The first field of every object struct.
typedef struct obj_base {
    const obj_type_t *type;
} obj_base_t;

// ---------------------------------------------------------------------------
// Operators, shared by the compiler, the VM and every type's slots.
// ---------------------------------------------------------------------------

// Unary operations a type may implement in its unary_op slot.
typedef enum {
    UNARY_OP_POSITIVE, // +x
    UNARY_OP_NEGATIVE, // -x
    UNARY_OP_INVERT,   // ~x
    UNARY_OP_NOT,      // not x (handled by rt_unary_op via truth; slots never see it)
    UNARY_OP_BOOL,     // truth value: slot returns OBJ_TRUE/OBJ_FALSE
    UNARY_OP_LEN,      // len(x): slot returns a small int
    UNARY_OP_HASH,     // hash(x): slot returns a small int
    UNARY_OP_ABS,      // abs(x)
    UNARY_OP_INT,      // int(x) (__int__/__index__ of user classes)
    UNARY_OP_FLOAT,    // float(x)
} unary_op_t;

// Binary operations. The in-place forms come first, in the same order as the
// plain forms, so that BINARY_OP_INPLACE_X + BINARY_OP_INPLACE_DELTA == BINARY_OP_X.
typedef enum {
    BINARY_OP_INPLACE_OR,
    BINARY_OP_INPLACE_XOR,
    BINARY_OP_INPLACE_AND,
    BINARY_OP_INPLACE_LSHIFT,
    BINARY_OP_INPLACE_RSHIFT,
    BINARY_OP_INPLACE_ADD,
    BINARY_OP_INPLACE_SUBTRACT,
    BINARY_OP_INPLACE_MULTIPLY,
    BINARY_OP_INPLACE_MAT_MULTIPLY,
    BINARY_OP_INPLACE_FLOOR_DIVIDE,
    BINARY_OP_INPLACE_TRUE_DIVIDE,
    BINARY_OP_INPLACE_MODULO,
    BINARY_OP_INPLACE_POWER,

    BINARY_OP_OR,
    BINARY_OP_XOR,
    BINARY_OP_AND,
    BINARY_OP_LSHIFT,
    BINARY_OP_RSHIFT,
    BINARY_OP_ADD,
    BINARY_OP_SUBTRACT,
    BINARY_OP_MULTIPLY,
    BINARY_OP_MAT_MULTIPLY,
    BINARY_OP_FLOOR_DIVIDE,
    BINARY_OP_TRUE_DIVIDE,
    BINARY_OP_MODULO,
    BINARY_OP_POWER,

    // Comparisons: slots return OBJ_TRUE/OBJ_FALSE, or OBJ_NULL when unsupported.
    BINARY_OP_LESS,
    BINARY_OP_MORE,
    BINARY_OP_EQUAL,
    BINARY_OP_LESS_EQUAL,
    BINARY_OP_MORE_EQUAL,
    BINARY_OP_NOT_EQUAL,

    // `item in container`: rt_binary_op calls the container's slot as
    // slot(BINARY_OP_CONTAINS, container, item). Falls back to iteration.
    BINARY_OP_CONTAINS,

    // Handled by the VM/runtime, never passed to slots.
    BINARY_OP_IS,
    BINARY_OP_IS_NOT,
    BINARY_OP_IN,
    BINARY_OP_NOT_IN,
    BINARY_OP_DIVMOD, // divmod(a, b): slot returns a 2-tuple

    BINARY_OP_NUM,
} binary_op_t;

#define BINARY_OP_INPLACE_DELTA (BINARY_OP_OR - BINARY_OP_INPLACE_OR)

// ---------------------------------------------------------------------------
// Output: where repr/str/print write. A print_t writes to a console, a file
// or a growable buffer (vstr_t, py/vstr.h).
// ---------------------------------------------------------------------------

// A sink for text: write(data, s, len) appends len bytes.
typedef struct print {
    void *data;
    void (*write)(void *data, const char *s, size_t len);
} print_t;

// Whether print slots produce str() or repr() text.
typedef enum { PRINT_STR = 0, PRINT_REPR = 1 } print_kind_t;

// ---------------------------------------------------------------------------
// Buffer protocol (bytes, bytearray, memoryview, array).
// ---------------------------------------------------------------------------

// A view of an object's raw bytes; typecode is a struct-module letter ('B' for bytes).
typedef struct buffer_info {
    void *buf;
    size_t len; // in bytes
    int typecode;
} buffer_info_t;

#define BUFFER_READ (1)
#define BUFFER_WRITE (2)

// ---------------------------------------------------------------------------
// Dicts. The layout is fixed here because ROM tables (method tables of
// built-in types, globals of built-in modules) are dicts initialised at
// compile time; py/objdict.c owns the behaviour.
//
// Insertion-ordered and compact: `entries` holds (key, value) pairs in order
// of insertion (a deleted entry has key OBJ_NULL); `index` is an open
// addressing hash table of entry numbers (-1 empty), of index_mask+1 slots.
// A dict whose `index` is NULL is searched linearly: that is how ROM tables
// work (they are small and keyed by qstrs, compared by word).
// ---------------------------------------------------------------------------

// One key/value pair of a dict.
typedef struct dict_entry {
    obj_t key;
    obj_t value;
} dict_entry_t;

// A dict object; also used as the namespace of modules, classes and instances.
typedef struct obj_dict {
    obj_base_t base;
    size_t used;        // live entries
    size_t filled;      // entries consumed, live or deleted
    size_t alloc;       // capacity of `entries`
    dict_entry_t *entries;
    int32_t *index;     // NULL: linear search
    size_t index_mask;  // index slots - 1
    uint32_t version;   // bumped on every change of keys or values (for caches)
    bool fixed;         // ROM table: immutable
} obj_dict_t;

// Defines a ROM dict [name] over a `static const dict_entry_t table[]`.
#define DICT_ROM(name, table)                                                    \
    const obj_dict_t name = {{&type_dict}, ARRAY_SIZE(table), ARRAY_SIZE(table), \
                             ARRAY_SIZE(table), (dict_entry_t *)(table), NULL, 0, 0, true}

// ---------------------------------------------------------------------------
// The type struct. Built-in types are const statics; classes defined in
// Python are heap objects with the same layout (issue: the language).
//
// Slot conventions (a NULL slot means "not supported"):
// - print: writes str() or repr() text.
// - make_new: called for type(...)(args); args = n_args positional then
//   n_kw (key, value) pairs, keys being qstr or str objects.
// - call: calling an instance; same argument layout.
// - unary_op/binary_op: return OBJ_NULL when they do not handle the operands.
//   binary_op is tried on type(lhs) and then, if that gives OBJ_NULL and the
//   types differ, on type(rhs) with the SAME (op, lhs, rhs): a slot must check
//   which side it is on. For comparisons rt swaps for reflection itself
//   (a < b retried as b > a) before calling the rhs slot.
// - attr: dest[0] == OBJ_NULL: load: set dest[0] to the value, or to a
//   function and dest[1] to self for a method to bind.
//   dest[0] == OBJ_SENTINEL: store dest[1] (OBJ_NULL: delete); set dest[0] =
//   OBJ_NULL on success. Untouched dest = not found; rt then looks in
//   locals_dict and raises AttributeError.
// - subscr: value == OBJ_SENTINEL: load and return the item; value ==
//   OBJ_NULL: delete; else store value. Return OBJ_NULL if not supported.
// - getiter: returns an iterator. iternext: the next item, OBJ_NULL at the end.
// - get_buffer: fills info, returns false if the object has no buffer.
// ---------------------------------------------------------------------------

// Type flags.
#define TYPE_FLAG_BASETYPE (1 << 0)     // may be subclassed
#define TYPE_FLAG_HEAP (1 << 1)         // a class made by Python code
#define TYPE_FLAG_EXCEPTION (1 << 2)    // BaseException or a subclass
#define TYPE_FLAG_ITER_IS_SELF (1 << 3) // getiter returns self
#define TYPE_FLAG_GETATTRIBUTE (1 << 4) // the class or a base defines __getattribute__ in Python

struct obj_type {
    obj_base_t base; // &type_type
    uint16_t flags;
    qstr name;
    void (*print)(const print_t *p, obj_t self, print_kind_t kind);
    obj_t (*make_new)(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
    obj_t (*call)(obj_t self, size_t n_args, size_t n_kw, const obj_t *args);
    obj_t (*unary_op)(unary_op_t op, obj_t self);
    obj_t (*binary_op)(binary_op_t op, obj_t lhs, obj_t rhs);
    void (*attr)(obj_t self, qstr attr, obj_t *dest);
    obj_t (*subscr)(obj_t self, obj_t index, obj_t value);
    obj_t (*getiter)(obj_t self);
    obj_t (*iternext)(obj_t self);
    bool (*get_buffer)(obj_t self, buffer_info_t *info, int flags);
    const obj_type_t *parent; // single base of a built-in type (NULL for object)
    obj_dict_t *locals_dict;  // methods and class attributes
    // Fields used by classes defined in Python (NULL/0 for built-in types).
    obj_t bases; // tuple of base classes
    obj_t mro;   // tuple: the C3 method resolution order, self first
};


// ---------------------------------------------------------------------------
// Singletons.
// ---------------------------------------------------------------------------

// An object with no data beyond its type (None, True, False, Ellipsis, ...).
typedef struct obj_singleton {
    obj_base_t base;
} obj_singleton_t;

extern const obj_singleton_t obj_none_obj, obj_true_obj, obj_false_obj, obj_ellipsis_obj,
    obj_notimplemented_obj;
#define OBJ_NONE ((obj_t)&obj_none_obj)
#define OBJ_TRUE ((obj_t)&obj_true_obj)
#define OBJ_FALSE ((obj_t)&obj_false_obj)
#define OBJ_ELLIPSIS ((obj_t)&obj_ellipsis_obj)
#define OBJ_NOTIMPLEMENTED ((obj_t)&obj_notimplemented_obj)

// True or False from a C truth value.
static inline obj_t obj_bool(bool b) { return b ? OBJ_TRUE : OBJ_FALSE; }

// ---------------------------------------------------------------------------
// Object layouts used across files. Each is owned by the file named.
// ---------------------------------------------------------------------------

// A heap str or bytes (py/objstr.c): immutable, UTF-8 for str, NUL-terminated
// for convenience (the NUL is not counted in len). hash 0 = not computed yet;
// with STR_HASH_OWNED set (py/objstr.h): a str only one fast local holds,
// which `x += s` may grow in place (py/vm.c).
// Interned strings are qstr immediates instead; str_data() reads either.
typedef struct obj_str {
    obj_base_t base;
    size_t hash;
    size_t len;     // bytes
    size_t charlen; // code points (== len for ASCII and bytes)
    char data[];
} obj_str_t;

// A float (py/objfloat.c).
typedef struct obj_float {
    obj_base_t base;
    double value;
} obj_float_t;

// A tuple (py/objtuple.c): items inline.
typedef struct obj_tuple {
    obj_base_t base;
    size_t len;
    obj_t items[];
} obj_tuple_t;

// A list (py/objlist.c).
typedef struct obj_list {
    obj_base_t base;
    size_t len;
    size_t alloc;
    obj_t *items;
} obj_list_t;

// A slice object (py/objslice.c).
typedef struct obj_slice {
    obj_base_t base;
    obj_t start, stop, step; // OBJ_NONE when omitted
} obj_slice_t;

// A module (py/objmodule.c). Built-in modules point at a ROM dict.
typedef struct obj_module {
    obj_base_t base;
    obj_dict_t *globals;
} obj_module_t;

// An exception instance (py/objexcept.c). `traceback` is OBJ_NULL or a list
// of (filename qstr, line small int, function-name qstr) triples flattened,
// innermost frame last, appended by the VM as the exception unwinds.
typedef struct obj_exception {
    obj_base_t base;
    obj_t args;      // tuple
    obj_t traceback; // list or OBJ_NULL
    obj_t cause;     // __cause__, OBJ_NULL if none
    obj_t context;   // __context__, OBJ_NULL if none
    bool suppress_context;
    obj_dict_t *dict; // attributes of instances of Python subclasses, or NULL
} obj_exception_t;

// ---------------------------------------------------------------------------
// Built-in functions implemented in C (py/objfun.c owns the type's behaviour).
// ---------------------------------------------------------------------------

// How a C function takes its arguments.
typedef enum {
    FN_KIND_0,   // f(void)
    FN_KIND_1,   // f(a)
    FN_KIND_2,   // f(a, b)
    FN_KIND_3,   // f(a, b, c)
    FN_KIND_VAR, // f(n_args, args), n_min <= n_args <= n_max, no keywords
    FN_KIND_KW,  // f(n_args, args, n_kw, kw): kw = n_kw (key, value) pairs
} fn_kind_t;

// A built-in function or method (a method receives self as its first argument).
typedef struct obj_builtin {
    obj_base_t base; // &type_builtin_function
    uint8_t kind;    // fn_kind_t
    uint8_t n_min;   // FN_KIND_VAR/KW: fewest positional arguments
    uint16_t n_max;  // FN_KIND_VAR/KW: most positional arguments (0xffff: any)
    qstr name;
    union {
        obj_t (*f0)(void);
        obj_t (*f1)(obj_t);
        obj_t (*f2)(obj_t, obj_t);
        obj_t (*f3)(obj_t, obj_t, obj_t);
        obj_t (*var)(size_t n_args, const obj_t *args);
        obj_t (*kw)(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw);
    } fn;
} obj_builtin_t;

#define BUILTIN_N_ANY (0xffff)

// Define const built-in function objects. [qname] must be written as a literal
// QSTR_xxx token (the qstr generator scans the sources for them).
#define BUILTIN_FN_0(obj, qname, f) \
    const obj_builtin_t obj = {{&type_builtin_function}, FN_KIND_0, 0, 0, qname, {.f0 = f}}
#define BUILTIN_FN_1(obj, qname, f) \
    const obj_builtin_t obj = {{&type_builtin_function}, FN_KIND_1, 1, 1, qname, {.f1 = f}}
#define BUILTIN_FN_2(obj, qname, f) \
    const obj_builtin_t obj = {{&type_builtin_function}, FN_KIND_2, 2, 2, qname, {.f2 = f}}
#define BUILTIN_FN_3(obj, qname, f) \
    const obj_builtin_t obj = {{&type_builtin_function}, FN_KIND_3, 3, 3, qname, {.f3 = f}}
#define BUILTIN_FN_VAR(obj, qname, nmin, nmax, f) \
    const obj_builtin_t obj = {{&type_builtin_function}, FN_KIND_VAR, nmin, nmax, qname, {.var = f}}
#define BUILTIN_FN_KW(obj, qname, nmin, nmax, f) \
    const obj_builtin_t obj = {{&type_builtin_function}, FN_KIND_KW, nmin, nmax, qname, {.kw = f}}

// A static method or class method wrapper in a ROM method table (py/objtype.c).
typedef struct obj_method_wrapper {
    obj_base_t base; // &type_staticmethod or &type_classmethod
    obj_t fun;
} obj_method_wrapper_t;

// ---------------------------------------------------------------------------
// The built-in types. Each is defined in the file named after it.
// ---------------------------------------------------------------------------
extern const obj_type_t type_type, type_object, type_NoneType, type_bool, type_int,
    type_float, type_complex, type_str, type_bytes, type_bytearray, type_memoryview,
    type_tuple, type_list, type_dict, type_set, type_frozenset, type_range, type_slice,
    type_module, type_builtin_function, type_function, type_bound_method, type_code,
    type_cell, type_generator, type_property, type_staticmethod, type_classmethod,
    type_ellipsis, type_NotImplementedType, type_enumerate, type_zip, type_map, type_filter,
    type_reversed;

// The type of any value.
static inline const obj_type_t *obj_type_of(obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        return &type_int;
    }
    if (OBJ_IS_QSTR(o)) {
        return &type_str;
    }
    return ((const obj_base_t *)o)->type;
}

// Whether [o] is a str (interned or on the heap); subclasses not included.
static inline bool obj_is_str(obj_t o) {
    return OBJ_IS_QSTR(o) || (OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_str);
}

// Whether [o] is an int (small or big); bool and subclasses not included.
static inline bool obj_is_int(obj_t o) {
    return OBJ_IS_SMALL_INT(o) || (OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_int);
}

// The built-in modules are registered with MODULE_REGISTER(QSTR_name, module_obj);
// in their source file (a marker the qstr generator collects into
// genhdr/moduledefs.h). It expands to nothing.
#define MODULE_REGISTER(qname, module_obj)

// Declares a built-in module object over a ROM globals dict [globals_dict].
#define MODULE_ROM(obj, globals_dict) \
    const obj_module_t obj = {{&type_module}, (obj_dict_t *)&globals_dict}

#endif
