/*
 * Hooks that belong to the container's namespaces, run by its init:
 * createContainer (after the mounts, before pivot_root) and startContainer
 * (after start, just before exec). Each gets the state JSON on stdin, with
 * the pid the init has in its own pid namespace (as runc gives it), and is
 * killed after its timeout. HOOK_SYNC is the point where Java runs the
 * runtime-namespace hooks (prestart, createRuntime) while the init waits.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"

int dd_op_hook_sync(struct dd_child *c)
{
    if (dd_send_record(c->sync, DD_REC_HOOKS, 0, 0, 0) < 0)
        return -1;
    char go;
    ssize_t n;
    do {
        n = read(c->sync, &go, 1);
    } while (n < 0 && errno == EINTR);
    if (n != 1) {
        errno = ECANCELED;
        return -1;
    }
    return 0;
}

static void write_state(int fd, const struct dd_step *s)
{
    char pid[24];
    snprintf(pid, sizeof pid, "%d", (int)getpid());
    const char *parts[3] = { dd_arg_str(s, 2), pid, dd_arg_str(s, 3) };
    for (int i = 0; i < 3; i++) {
        size_t len = strlen(parts[i]), off = 0;
        while (off < len) {
            ssize_t n = write(fd, parts[i] + off, len - off);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return; /* the hook does not read its stdin: allowed */
            off += (size_t)n;
        }
    }
}

static void exec_hook(const struct dd_step *s, int in)
{
    uint32_t argc = (uint32_t)dd_arg_u64(s, 4), envc = s->nargs - 5 - argc;
    char **argv = calloc(argc + 2, sizeof *argv), **envp = calloc(envc + 1, sizeof *envp);
    if (!argv || !envp)
        _exit(127);
    for (uint32_t i = 0; i < argc; i++)
        argv[i] = (char *)dd_arg_str(s, 5 + i);
    if (argc == 0)
        argv[0] = (char *)dd_arg_str(s, 0);
    for (uint32_t i = 0; i < envc; i++)
        envp[i] = (char *)dd_arg_str(s, 5 + argc + i);
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    dup2(in, 0);
    if (null >= 0) {
        dup2(null, 1);
        dup2(null, 2);
    }
    execve(dd_arg_str(s, 0), argv, envp);
    _exit(127);
}

/* Waits for the hook up to timeout seconds (0: no limit); -1 with ETIMEDOUT once it had to be killed. */
static int wait_hook(pid_t pid, uint64_t timeout, int *status)
{
    struct timespec start, now, tick = { 0, 2000000 };
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid)
            return 0;
        if (r < 0 && errno != EINTR)
            return -1;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (timeout && (uint64_t)(now.tv_sec - start.tv_sec) >= timeout) {
            kill(pid, SIGKILL);
            waitpid(pid, status, 0);
            errno = ETIMEDOUT;
            return -1;
        }
        nanosleep(&tick, NULL);
        if (tick.tv_nsec < 50000000)
            tick.tv_nsec *= 2;
    }
}

int dd_op_run_hook(const struct dd_step *s)
{
    if (dd_arg_u64(s, 4) > s->nargs - 5) {
        errno = EINVAL;
        return -1;
    }
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(p[0]);
        close(p[1]);
        return -1;
    }
    if (pid == 0) {
        close(p[1]);
        exec_hook(s, p[0]);
    }
    close(p[0]);
    void (*old)(int) = signal(SIGPIPE, SIG_IGN);
    write_state(p[1], s);
    close(p[1]);
    signal(SIGPIPE, old);
    int status = 0;
    if (wait_hook(pid, dd_arg_u64(s, 1), &status) < 0)
        return -1;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return 0;
    errno = DD_HOOK_EXIT_BASE + (WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return -1;
}
