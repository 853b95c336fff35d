// libFuzzer target: arbitrary bytes through the lexer and parser in all three modes.
// SPDX-License-Identifier: MIT
#include "tests/fuzz/fuzz_common.h"

#include "py/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int stack_marker;
    fuzz_begin(&stack_marker);
    // A copy of exactly [size] bytes, so ASan sees any read past the end.
    char *src = malloc(size != 0 ? size : 1);
    if (src == NULL) {
        return 0;
    }
    for (size_t i = 0; i < size; i++) {
        src[i] = (char)data[i];
    }
    static const int modes[] = {RT_MODE_FILE, RT_MODE_SINGLE, RT_MODE_EVAL};
    for (size_t m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            parse_source(src, size, QSTR__lt_string_gt, modes[m]);
            nlr_pop();
        }
        // Any exception (SyntaxError, MemoryError, RecursionError) is fine.
    }
    free(src);
    return 0;
}
