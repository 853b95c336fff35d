// The host interpreter's command line, modelled on MicroPython's unix port:
//   framboise                  REPL (or run stdin as a script when it is not a terminal)
//   framboise FILE [ARGS...]   run FILE with sys.argv = [FILE, ARGS...]
//   framboise -c CMD [ARGS]    run CMD with sys.argv = ['-c', ARGS...]
//   framboise -m MOD [ARGS]    run module MOD as __main__
//   -i                         enter the REPL after running FILE/CMD/MOD
//   -X heapsize=N[k|K|m|M]     heap size
//   -X dis                     print the bytecode before running (other -X options are ignored)
// sys.path is ['' or the script's directory] followed by the directories of
// $MICROPYPATH (colon-separated, ~ expanded), or by default
// ~/.micropython/lib and /usr/lib/micropython, as MicroPython's unix port.
// Exit status: 0, 1 after an uncaught exception, n for SystemExit(n).
// SPDX-License-Identifier: MIT
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "console/console.h"
#include "hal_unix.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vm.h"
#include "py/vstr.h"

// The C stack the interpreter may use at most (RecursionError beyond).
#define MAX_STACK_SIZE ((size_t)8 * 1024 * 1024)

static const char *prog_name = "framboise";

static void usage(FILE *f) {
    fprintf(f,
        "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
        "Options:\n"
        "  -c cmd : program passed in as string\n"
        "  -m mod : run library module as a script\n"
        "  -i     : inspect interactively after running script\n"
        "  -X heapsize=<n>[k|K|m|M] : heap size (default %u MB)\n"
        "  -h     : print this help message and exit\n"
        "Environment:\n"
        "  MICROPYPATH : ':'-separated list of directories for sys.path\n",
        prog_name, (unsigned)(CONFIG_DEFAULT_HEAP_SIZE / (1024 * 1024)));
}

// Parses "N[k|K|m|M]"; 0 if malformed.
static size_t parse_size(const char *s) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno != 0 || end == s) {
        return 0;
    }
    if (*end == 'k' || *end == 'K') {
        v *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        v *= 1024 * 1024;
        end++;
    }
    return *end == '\0' ? (size_t)v : 0;
}

// The stack limit for RecursionError: the process's, capped, minus room for
// the signal handler and libc.
static size_t stack_size(void) {
    struct rlimit rl;
    size_t size = MAX_STACK_SIZE;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        (size_t)rl.rlim_cur < size) {
        size = (size_t)rl.rlim_cur;
    }
    return size - size / 16;
}

// Appends a directory to sys.path, expanding a leading "~/".
static void path_append(const char *dir, size_t len) {
    const char *home = getenv("HOME");
    if (len >= 1 && dir[0] == '~' && (len == 1 || dir[1] == '/') && home != NULL) {
        size_t hl = strlen(home);
        char buf[4096];
        if (hl + len < sizeof(buf)) {
            memcpy(buf, home, hl);
            memcpy(buf + hl, dir + 1, len - 1);
            list_append(vm_state.sys_path, str_new(buf, hl + len - 1));
            return;
        }
    }
    list_append(vm_state.sys_path, str_new(dir, len));
}

// sys.path: [''] then $MICROPYPATH or the default directories.
static void init_sys_path(void) {
    const char *env = getenv("MICROPYPATH");
    if (env == NULL) {
        env = "~/.micropython/lib:/usr/lib/micropython";
    }
    while (*env != '\0') {
        const char *colon = strchr(env, ':');
        size_t len = colon != NULL ? (size_t)(colon - env) : strlen(env);
        if (len > 0) {
            path_append(env, len);
        }
        if (colon == NULL) {
            break;
        }
        env = colon + 1;
    }
}

// Sets sys.path[0]: the script's directory, or '' (the current directory).
static void set_path0(const char *script) {
    size_t len = 0;
    if (script != NULL) {
        const char *slash = strrchr(script, '/');
        if (slash != NULL) {
            len = slash == script ? 1 : (size_t)(slash - script);
        }
    }
    obj_t dir = len > 0 ? str_new(script, len) : OBJ_NEW_QSTR(QSTR__empty);
    obj_list_t *path = vm_state.sys_path;
    if (path->len > 0) {
        path->items[0] = dir;
    } else {
        list_append(path, dir);
    }
}

// sys.argv = [first, argv[i]...].
static void set_argv(const char *first, int argc, char **argv, int i) {
    list_append(vm_state.sys_argv, str_from_cstr(first));
    for (; i < argc; i++) {
        list_append(vm_state.sys_argv, str_from_cstr(argv[i]));
    }
}

static char *stack_top;

// A soft reset: a fresh interpreter state (modules, globals) on the same heap.
static void soft_reset(void) {
    rt_deinit();
    rt_init(stack_top, stack_size());
    init_sys_path();
    set_path0(NULL);
    hal_set_interrupt_char(3);
}

// Runs the REPL until the user leaves; returns the exit status.
static int run_repl(void) {
    for (;;) {
        int r = console_repl();
        if (r == CONSOLE_EXIT_SOFT_RESET) {
            soft_reset();
            hal_console_mode(HAL_CONSOLE_RAW);
            hal_stdout_tx_strn("MPY: soft reboot\r\n", 18);
            continue;
        }
        hal_console_mode(HAL_CONSOLE_NORMAL);
        return r == CONSOLE_EXIT_EOF ? 0 : r;
    }
}

// -X dis: prints the bytecode of [src] before it runs (a SyntaxError is left for the run to report).
static void disassemble(const char *src, size_t len, qstr filename) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        vm_disassemble(rt_compile(src, len, filename, RT_MODE_FILE), &print_stdout);
        nlr_pop();
    }
}

static bool opt_dis;

// Reads all of stdin (a script piped in) into a GC block.
static int run_stdin(bool *exited) {
    size_t cap = 4096, len = 0;
    char *buf = gc_alloc(cap, GC_ALLOC_NOSCAN);
    for (;;) {
        if (buf == NULL) {
            fprintf(stderr, "%s: out of memory reading stdin\n", prog_name);
            return 1;
        }
        if (len + 1 >= cap) {
            cap *= 2;
            buf = gc_realloc(buf, cap);
            continue;
        }
        ssize_t n = read(STDIN_FILENO, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        len += (size_t)n;
    }
    buf[len] = '\0';
    return rt_run_source(buf, len, QSTR__lt_stdin_gt, RT_MODE_FILE, exited);
}

int main(int argc, char **argv) {
    int stack_top_marker;
    size_t heap_size = CONFIG_DEFAULT_HEAP_SIZE;

    // -X options first: the heap must exist before anything else.
    for (int i = 1; i < argc; i++) {
        const char *opt = NULL;
        if (strcmp(argv[i], "-X") == 0 && i + 1 < argc) {
            opt = argv[++i];
        } else if (strncmp(argv[i], "-X", 2) == 0 && argv[i][2] != '\0') {
            opt = argv[i] + 2;
        } else if (strcmp(argv[i], "-c") == 0 || strcmp(argv[i], "-m") == 0) {
            break;
        } else if (argv[i][0] != '-') {
            break;
        }
        if (opt != NULL && strcmp(opt, "dis") == 0) {
            opt_dis = true;
        }
        if (opt != NULL && strncmp(opt, "heapsize=", 9) == 0) {
            size_t n = parse_size(opt + 9);
            if (n < 16 * 1024) {
                fprintf(stderr, "%s: bad heap size '%s'\n", prog_name, opt + 9);
                return 1;
            }
            heap_size = n;
        }
    }

    void *heap = malloc(heap_size);
    if (heap == NULL) {
        fprintf(stderr, "%s: cannot allocate a heap of %zu bytes\n", prog_name, heap_size);
        return 1;
    }
    gc_init(heap, heap_size);
    hal_unix_init();
    console_set_board("linux with gcc");
    stack_top = (char *)&stack_top_marker;
    rt_init(stack_top, stack_size());
    init_sys_path(); // after the '' that sys starts with
    hal_set_interrupt_char(3); // Ctrl-C raises KeyboardInterrupt in running code

    bool inspect = false, ran = false, exited = false;
    int status = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-i") == 0) {
            inspect = true;
        } else if (strcmp(a, "-X") == 0) {
            i++;
        } else if (strncmp(a, "-X", 2) == 0) {
            // -Xoption: handled above or ignored.
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                usage(stderr);
                return 2;
            }
            set_argv("-c", argc, argv, i + 2);
            set_path0(NULL);
            const char *cmd = argv[i + 1];
            if (opt_dis) {
                disassemble(cmd, strlen(cmd), QSTR__lt_string_gt);
            }
            status = rt_run_source(cmd, strlen(cmd), QSTR__lt_string_gt, RT_MODE_FILE, &exited);
            ran = true;
            break;
        } else if (strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -m option\n");
                usage(stderr);
                return 2;
            }
            set_argv(argv[i + 1], argc, argv, i + 2);
            set_path0(NULL);
            status = rt_run_module(argv[i + 1], &exited);
            ran = true;
            break;
        } else if (strcmp(a, "-") == 0) {
            set_argv("-", argc, argv, i + 1);
            set_path0(NULL);
            status = run_stdin(&exited);
            ran = true;
            break;
        } else if (a[0] == '-') {
            fprintf(stderr, "%s: unknown option %s\n", prog_name, a);
            usage(stderr);
            return 2;
        } else {
            if (access(a, R_OK) != 0) {
                fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog_name, a, errno,
                    strerror(errno));
                return 2;
            }
            set_argv(a, argc, argv, i + 1);
            set_path0(a);
            if (opt_dis) {
                size_t len;
                int err;
                char *src = hal_read_file(a, &len, &err);
                if (src != NULL) {
                    disassemble(src, len, qstr_from_str(a));
                }
            }
            status = rt_run_file(a, &exited);
            ran = true;
            break;
        }
    }

    if (!ran) {
        if (hal_unix_stdin_is_tty()) {
            set_argv("", argc, argv, argc);
            status = run_repl();
        } else {
            set_argv("", argc, argv, argc);
            status = run_stdin(&exited);
        }
    } else if (inspect && !exited) {
        // As MicroPython's unix port: -i gives the REPL even when stdin is a pipe.
        status = run_repl();
    }

    hal_unix_deinit();
    rt_deinit();
    return status;
}
