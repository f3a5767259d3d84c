/*
 * The hand-over of a container's init from drydock-helper init to the shim (--adopt), so that
 * one process per container remains: the shim.
 *
 *   shim (child subreaper) ──fork+exec, fd N = write end, _DRYDOCK_SHIM_HANDOVER_FD=N──▶ helper
 *   helper ──clone──▶ init: its steps … blocks on exec.fifo, READY
 *   helper: write(N, init pid) · relay READY to Java · exit 0
 *   kernel: the orphaned init's parent becomes the shim (the nearest subreaper)
 *   shim: child = init; the helper's exit is not the container's; waitpid(init) → exit.json
 *
 * containerd-shim works this way with `runc create`: runc exits once the init waits for start and
 * the shim, a subreaper, reaps the init. The other choice — the shim cloning the init itself —
 * would run the plan's pre-clone steps (setns into other namespaces, the sealed re-exec against
 * CVE-2019-5736) inside the long-lived shim and mix the runtime into it; the hand-over keeps the
 * runtime in a short-lived process and the shim out of every namespace.
 *
 * Why it is race-free: the helper writes the pid before it exits, and the init can become the
 * shim's child only once the helper has exited. So the shim reads the pipe before judging any pid
 * it reaps (shim_reaped) and always knows whether it is the init. No pid on the pipe when the
 * helper is reaped (a create that failed, a helper that monitored the init itself) means the
 * helper's own status is the container's, exactly as without --adopt.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shim.h"

/* In the helper: tells the shim that started it with --adopt which process it now reaps. */
void shim_hand_over(pid_t init)
{
    const char *v = getenv(SHIM_ENV_HANDOVER);
    struct stat st;
    char *end;
    if (!v || !*v)
        return;
    errno = 0;
    long fd = strtol(v, &end, 10);
    if (errno || *end || fd < 3 || fd > INT_MAX || fstat((int)fd, &st) < 0 || !S_ISFIFO(st.st_mode))
        return;
    uint32_t pid = (uint32_t)init;
    signal(SIGPIPE, SIG_IGN); /* a shim that died meanwhile must not take the helper with it */
    shim_write_all((int)fd, &pid, sizeof pid);
    close((int)fd);
}

/* In the shim: the pipe for --adopt, fds[1] for the command; {-1, -1} without --adopt. */
int shim_handover_pipe(struct shim *s, int fds[2])
{
    fds[0] = fds[1] = -1;
    s->handover_fd = -1;
    if (!s->opt.adopt)
        return 0;
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) < 0)
        return -1;
    s->handover_fd = fds[0];
    return 0;
}

/* Reads the init's pid once the command has written it; at EOF no hand-over will come. */
void shim_take_handover(struct shim *s)
{
    uint32_t pid = 0;
    ssize_t n;
    if (s->handover_fd < 0)
        return;
    do
        n = read(s->handover_fd, &pid, sizeof pid);
    while (n < 0 && errno == EINTR);
    if (n < 0 && errno == EAGAIN)
        return;
    if (n == (ssize_t)sizeof pid && pid > 1 && pid <= INT_MAX && (pid_t)pid != s->helper)
        s->child = (pid_t)pid;
    close(s->handover_fd);
    s->handover_fd = -1;
}

/* Whether the process just reaped is the one whose exit the shim records. */
int shim_reaped(struct shim *s, pid_t pid)
{
    shim_take_handover(s);
    if (s->helper > 0 && pid == s->helper) {
        s->helper = 0;
        if (s->handover_fd >= 0) { /* nothing was written before it exited: nothing will be */
            close(s->handover_fd);
            s->handover_fd = -1;
        }
    }
    return pid == s->child;
}
