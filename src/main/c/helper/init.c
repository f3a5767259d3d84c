/*
 * The init verb: read one plan, run the steps before CLONE, clone, run the
 * parent's steps (id maps, cgroup.procs), release the child, relay what the
 * child reports. Every failure goes back as {step, op, errno}.
 *
 *   Java ──plan──▶ helper ──clone──▶ child: steps … WAIT_START … EXEC
 *        ◀─PID──── helper ◀─READY/FAIL── child (sync socket)
 *        ◀─READY── helper      (exits here unless the plan asks it to monitor)
 *        ◀─EXIT─── helper ◀─waitpid── child exits
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"
#include "shim.h"

/*
 * sun_path holds 107 bytes; a longer path is reached through its open directory,
 * /proc/self/fd/N/NAME (a 64-character id under a long state root).
 */
int dd_connect_unix(const char *path)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    int dirfd = -1;
    if (strlen(path) < sizeof addr.sun_path) {
        strcpy(addr.sun_path, path);
    } else {
        const char *slash = strrchr(path, '/');
        char dir[4096];
        if (!slash || slash == path || (size_t)(slash - path) >= sizeof dir) {
            errno = ENAMETOOLONG;
            return -1;
        }
        memcpy(dir, path, (size_t)(slash - path));
        dir[slash - path] = 0;
        dirfd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (dirfd < 0)
            return -1;
        int n = snprintf(addr.sun_path, sizeof addr.sun_path, "/proc/self/fd/%d/%s", dirfd, slash + 1);
        if (n < 0 || (size_t)n >= sizeof addr.sun_path) {
            close(dirfd);
            errno = ENAMETOOLONG;
            return -1;
        }
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int rc = fd < 0 ? -1 : connect(fd, (struct sockaddr *)&addr, sizeof addr);
    int saved = errno;
    if (dirfd >= 0)
        close(dirfd);
    if (rc < 0) {
        if (fd >= 0)
            close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

static int write_file(const char *path, const char *content)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, content, strlen(content));
    int saved = errno;
    close(fd);
    errno = saved;
    return n < 0 ? -1 : 0;
}

/* cgroup.procs files are opened before any setns, in the helper's own mount
 * namespace: the paths are host paths even when the process joins a container */
static int *cgroup_fds;

static int open_cgroup_files(int sock, const struct dd_plan *p)
{
    cgroup_fds = calloc(p->nsteps ? p->nsteps : 1, sizeof *cgroup_fds);
    if (!cgroup_fds)
        return -1;
    for (uint32_t i = 0; i < p->nsteps; i++) {
        cgroup_fds[i] = -1;
        if (p->steps[i].op != DD_OP_CGROUP_PROCS)
            continue;
        cgroup_fds[i] = open(dd_arg_str(&p->steps[i], 0), O_WRONLY | O_CLOEXEC);
        if (cgroup_fds[i] < 0) {
            dd_send_record(sock, DD_REC_FAIL, i, DD_OP_CGROUP_PROCS, errno);
            return -1;
        }
    }
    return 0;
}

static int write_pid(int fd, pid_t pid)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%d", pid);
    return write(fd, buf, (size_t)n) == n ? 0 : -1;
}

static int parent_step(pid_t pid, uint32_t index, const struct dd_step *s)
{
    char path[64];
    switch (s->op) {
    case DD_OP_UID_MAP:
    case DD_OP_GID_MAP:
        snprintf(path, sizeof path, "/proc/%d/%s", pid, s->op == DD_OP_UID_MAP ? "uid_map" : "gid_map");
        return write_file(path, dd_arg_str(s, 0));
    case DD_OP_SETGROUPS_DENY:
        snprintf(path, sizeof path, "/proc/%d/setgroups", pid);
        return write_file(path, "deny");
    case DD_OP_CGROUP_PROCS:
        return write_pid(cgroup_fds[index], pid);
    default:
        errno = ENOSYS;
        return -1;
    }
}

static int preclone_step(struct dd_child *c, const struct dd_step *s)
{
    if (s->op == DD_OP_SETNS) {
        int fd = open(dd_arg_str(s, 0), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return -1;
        int rc = setns(fd, (int)dd_arg_u64(s, 1));
        close(fd);
        return rc;
    }
    if (s->op == DD_OP_CONSOLE_SOCKET) {
        /* connected in the helper's mount namespace: the path is a host path */
        c->consolefd = dd_connect_unix(dd_arg_str(s, 0));
        return c->consolefd < 0 ? -1 : 0;
    }
    /* 0622 whatever the umask: the init may run as another (mapped) uid */
    if (mkfifo(dd_arg_str(s, 0), 0622) < 0 || chmod(dd_arg_str(s, 0), 0622) < 0)
        return -1;
    c->fifofd = open(dd_arg_str(s, 0), O_PATH | O_CLOEXEC);
    return c->fifofd < 0 ? -1 : 0;
}

/* The plan's shape: pre-clone steps, one CLONE, then parent and child steps. */
static int check_shape(const struct dd_plan *p, uint32_t *clone_at, uint32_t *bad)
{
    int seen = 0;
    for (uint32_t i = 0; i < p->nsteps; i++) {
        int phase = dd_phase_of(p->steps[i].op);
        if (p->steps[i].op == DD_OP_CLONE) {
            if (seen++)
                return *bad = i, -1;
            *clone_at = i;
        } else if ((phase == DD_PHASE_PRECLONE) == (seen != 0)) {
            return *bad = i, -1;
        }
    }
    if (!seen)
        return *bad = p->nsteps, -1;
    return 0;
}

static void child_fail(struct dd_child *c, uint32_t i, uint32_t op, int err)
{
    dd_send_record(c->sync, DD_REC_FAIL, i, op, err);
    if (c->fifo_wr >= 0)
        dd_send_record(c->fifo_wr, DD_REC_FAIL, i, op, err);
    _exit(127);
}

/*
 * Steps the init may run before it is in its cgroups: building the filesystem and naming the host
 * touch nothing a cgroup accounts or confines in a way the container could use (nothing of the
 * user's runs, nothing forks). Running them while the parent writes cgroup.procs hides most of
 * that write's cost: the first migration after a quiet spell waits for an RCU grace period
 * (cgroup_threadgroup_rwsem), several milliseconds here. Every other step — a cgroup namespace or
 * cgroupfs mount, hooks, READY, exec — waits until the init is in all its cgroups.
 */
static int runs_before_cgroups(const struct dd_step *s)
{
    switch (s->op) {
    case DD_OP_SETHOSTNAME:
    case DD_OP_SETDOMAINNAME:
    case DD_OP_ROOT_PROPAGATION:
    case DD_OP_ROOTFS:
    case DD_OP_MKNOD:
    case DD_OP_SYMLINK:
    case DD_OP_PIVOT_ROOT:
    case DD_OP_MASK_PATH:
    case DD_OP_READONLY_PATH:
    case DD_OP_REMOUNT_ROOT_RO:
    case DD_OP_LINK_UP:
    case DD_OP_SETSID:
    case DD_OP_WRITE_FILE: /* oom_score_adj and sysctls: per process or per namespace */
        return 1;
    case DD_OP_UNSHARE:
        return (dd_arg_u64(s, 0) & CLONE_NEWCGROUP) == 0;
    case DD_OP_MOUNT:
        return strcmp(dd_arg_str(s, 2), "cgroup") != 0 && strcmp(dd_arg_str(s, 2), "cgroup2") != 0;
    default:
        return 0;
    }
}

static void await_byte(int sync)
{
    char go;
    ssize_t n;
    do {
        n = read(sync, &go, 1);
    } while (n < 0 && errno == EINTR);
    if (n != 1)
        _exit(127);
}

/* The parent sends 'm' once the id maps are written, 'g' once the init is in its cgroups. */
static void run_child(struct dd_child *c, const struct dd_plan *p, uint32_t from)
{
    int in_cgroups = 0;
    await_byte(c->sync);
    for (uint32_t i = from; i < p->nsteps; i++) {
        const struct dd_step *s = &p->steps[i];
        if (dd_phase_of(s->op) != DD_PHASE_CHILD)
            continue;
        if (!in_cgroups && !runs_before_cgroups(s)) {
            await_byte(c->sync);
            in_cgroups = 1;
        }
        if (dd_proc_step(c, s) < 0)
            child_fail(c, i, s->op, errno);
    }
    /* a plan without EXEC ends here: nothing of the user's ran */
    _exit(0);
}

static void quiet_stdio(void)
{
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null >= 0) {
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
        close(null);
    }
}

static int reap(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    return status;
}

/*
 * A monitoring helper exits with its init's status as Docker reports it (code, or 128 + signal),
 * so whoever reaps the helper (the shim) records the container's status even when no JVM is
 * listening on the socket.
 */
static int docker_exit_code(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

/* Java's answer to HOOKS: one byte once the runtime-namespace hooks ran, EOF when one failed. */
static int relay_go(int sock, int sync)
{
    char go;
    ssize_t n;
    do {
        n = read(sock, &go, 1);
    } while (n < 0 && errno == EINTR);
    if (n != 1)
        return -1;
    return write(sync, &go, 1) == 1 ? 0 : -1;
}

/* The init's own failure, when it reported one before it died; else 0. */
static int relay_child_failure(int sock, int sync)
{
    uint32_t rec[4];
    ssize_t n = recv(sync, rec, sizeof rec, MSG_DONTWAIT);
    if (n != (ssize_t)sizeof rec || rec[0] != DD_REC_FAIL)
        return 0;
    dd_send_record(sock, rec[0], rec[1], rec[2], (int32_t)rec[3]);
    return 1;
}

static int send_byte(int sync, char b)
{
    return send(sync, &b, 1, MSG_NOSIGNAL) == 1 ? 0 : -1;
}

/* Parent steps of one kind (id maps, or cgroup.procs) in plan order; on failure the init is killed. */
static int parent_steps(int sock, pid_t pid, int sync, const struct dd_plan *p, uint32_t from, int cgroups)
{
    for (uint32_t i = from; i < p->nsteps; i++) {
        const struct dd_step *s = &p->steps[i];
        if (dd_phase_of(s->op) != DD_PHASE_PARENT || (s->op == DD_OP_CGROUP_PROCS) != cgroups)
            continue;
        if (parent_step(pid, i, s) < 0) {
            int err = errno;
            kill(pid, SIGKILL);
            reap(pid);
            if (!relay_child_failure(sock, sync))
                dd_send_record(sock, DD_REC_FAIL, i, s->op, err);
            return -1;
        }
    }
    return 0;
}

static int run_parent(int sock, pid_t pid, int sync, const struct dd_plan *p, uint32_t from, int monitor)
{
    if (parent_steps(sock, pid, sync, p, from, 0) < 0)
        return 1;
    /* the init builds its filesystem while it is moved into its cgroups (see run_child) */
    if (send_byte(sync, 'm') < 0 || parent_steps(sock, pid, sync, p, from, 1) < 0)
        return 1;
    quiet_stdio();
    dd_send_record(sock, DD_REC_PID, (uint32_t)pid, 0, 0);
    /* an init that failed early is gone: its FAIL record is read below */
    send_byte(sync, 'g');
    uint32_t rec[4];
    int failed = 0;
    while (dd_read_record(sync, rec) == 1) {
        if (rec[0] == DD_REC_READY && !monitor)
            shim_hand_over(pid); /* under `shim --adopt` the shim becomes the init's reaper (shim_handover.c) */
        dd_send_record(sock, rec[0], rec[1], rec[2], (int32_t)rec[3]);
        failed |= rec[0] == DD_REC_FAIL;
        if (rec[0] == DD_REC_HOOKS && relay_go(sock, sync) < 0) {
            /* Java refused (a hook failed) or went away: the init never runs */
            kill(pid, SIGKILL);
            reap(pid);
            return 1;
        }
        if (rec[0] == DD_REC_READY && !monitor)
            return 0;
    }
    /* EOF without FAIL: the socket closed on exec (CLOEXEC), so an exec's caller learns that its
     * process runs, as `runc exec` returns only after the execve, or why it never did. An exec not
     * monitored here is left to the shim that started this helper with --adopt (if any), before
     * RUNNING: whoever then signals the exec through its shim reaches the process itself. */
    if (!failed && !monitor)
        shim_hand_over(pid);
    if (!failed)
        dd_send_record(sock, DD_REC_RUNNING, 0, 0, 0);
    if (failed || monitor) {
        int status = reap(pid);
        dd_send_record(sock, DD_REC_EXIT, (uint32_t)status, 0, 0);
        if (!failed)
            return docker_exit_code(status);
    }
    return failed;
}

static int launch(int sock, const struct dd_plan *p)
{
    struct dd_child c = { .rootfd = -1, .fifofd = -1, .fifo_wr = -1, .sync = -1, .consolefd = -1 };
    uint32_t at = 0, bad = 0;
    if (check_shape(p, &at, &bad) < 0) {
        dd_send_record(sock, DD_REC_FAIL, bad, bad < p->nsteps ? p->steps[bad].op : 0, DD_ERR_BAD_ARGS);
        return 1;
    }
    if (open_cgroup_files(sock, p) < 0)
        return 1;
    for (uint32_t i = 0; i < at; i++) {
        if (preclone_step(&c, &p->steps[i]) < 0) {
            dd_send_record(sock, DD_REC_FAIL, i, p->steps[i].op, errno);
            return 1;
        }
    }
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
        dd_send_record(sock, DD_REC_FAIL, at, DD_OP_CLONE, errno);
        return 1;
    }
    const struct dd_step *cl = &p->steps[at];
    long pid = syscall(SYS_clone, (unsigned long)dd_arg_u64(cl, 0) | SIGCHLD, 0, 0, 0, 0);
    if (pid < 0) {
        dd_send_record(sock, DD_REC_FAIL, at, DD_OP_CLONE, errno);
        return 1;
    }
    if (pid == 0) {
        close(sock);
        close(sv[0]);
        c.sync = sv[1];
        run_child(&c, p, at + 1);
    }
    close(sv[1]);
    if (c.fifofd >= 0)
        close(c.fifofd);
    if (c.consolefd >= 0)
        close(c.consolefd);
    return run_parent(sock, (pid_t)pid, sv[0], p, at + 1, dd_arg_u64(cl, 1) != 0);
}

int init_main(int argc, char **argv, char **envp)
{
    (void)argc;
    int sealed = dd_ensure_sealed_self(argv, envp);
    int seal_err = errno;
    int sock = dd_connect_unix(argv[2]);
    if (sock < 0)
        return 1;
    if (sealed < 0) {
        dd_send_record(sock, DD_REC_FAIL, DD_STEP_MESSAGE, 0, seal_err);
        return 1;
    }
    struct dd_plan plan = { 0 };
    uint32_t bad_step = 0, bad_op = 0;
    int err = 0;
    if (dd_read_message(sock, &plan, &bad_step, &bad_op, &err) < 0) {
        dd_send_record(sock, DD_REC_FAIL, bad_step, bad_op, err);
        return 1;
    }
    return launch(sock, &plan);
}
