/*
 * The only file of drydock's built-in "hello" image: like hello-world, a static
 * binary that prints a greeting and exits 0, so the main job needs no network.
 * Freestanding (no libc) so it runs in an empty rootfs.
 */
#include <stddef.h>

static const char message[] =
    "\nHello from drydock!\n"
    "This message shows that your installation appears to be working correctly.\n\n"
    "To generate this message, drydock took these steps:\n"
    " 1. The docker client contacted the drydock daemon.\n"
    " 2. The daemon created the container from the built-in \"hello\" image.\n"
    " 3. The runtime started it in fresh namespaces and cgroups.\n"
    " 4. The daemon streamed its output to the docker client, which sent it to your terminal.\n\n";

static long sys3(long n, long a, long b, long c)
{
#if defined(__x86_64__)
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
#elif defined(__aarch64__)
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
#else
#error "unsupported architecture"
#endif
}

#if defined(__x86_64__)
#define SYS_WRITE 1
#define SYS_EXIT 60
#else
#define SYS_WRITE 64
#define SYS_EXIT 93
#endif

void _start(void)
{
    size_t off = 0, len = sizeof(message) - 1;
    while (off < len) {
        long n = sys3(SYS_WRITE, 1, (long)(message + off), (long)(len - off));
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    sys3(SYS_EXIT, off == len ? 0 : 1, 0, 0);
    for (;;) {
    }
}
