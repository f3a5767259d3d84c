/*
 * drydock-helper shim: start one container command and look after it, detached from the caller.
 *
 *   drydock-helper shim --id ID --state-dir DIR [--log-path FILE] [--log-max-size BYTES]
 *                       [--log-max-file N] [--tty] [--stdin] [--rows R --cols C] [--hold] [--adopt]
 *                       -- COMMAND [ARG...]
 *   drydock-helper shim --standby SOCKET   (the options come later, on SOCKET: shim_standby.c)
 *
 * The process the caller started (the "launcher") starts a new session and forks the shim (a
 * launcher that leads a process group forks a middle process that does so), so once the launcher
 * exits the shim's parent is init (or the nearest subreaper), never the caller. The shim
 * reports one JSON line through a pipe, which the launcher copies to its stdout and exits:
 *   {"ok":true,"shimPid":N,"pid":N}   or   {"ok":false,"step":"exec","errno":2}
 * The command inherits the environment given to the launcher. With --hold the command is forked
 * but execs only when a START request arrives (create/start, so attachers miss no output).
 * With --adopt the command (drydock-helper init) may hand the container's init over to the shim
 * and exit; the shim then reaps the init and records its status (shim_handover.c).
 * With --tty the command sends the master of its pty over DIR/console.sock (shim_console.c).
 * See spec/shim.md.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "shim.h"

static struct shim shim_state;
static char log_path_buf[PATH_MAX];

static void report_error(int fd, const char *step, int err)
{
    char buf[128];
    int n = snprintf(buf, sizeof buf, "{\"ok\":false,\"step\":\"%s\",\"errno\":%d}\n", step, err);
    shim_write_all(fd, buf, (size_t)n);
}

static int usage(const char *why)
{
    fprintf(stderr, "drydock-helper shim: %s\n"
                    "usage: drydock-helper shim --id ID --state-dir DIR [--log-path FILE] [--log-max-size BYTES]\n"
                    "       [--log-max-file N] [--tty] [--stdin] [--rows R --cols C] [--hold] [--adopt]\n"
                    "       -- COMMAND [ARG...]\n",
            why);
    report_error(1, "usage", EINVAL);
    return 2;
}

static int parse_number(const char *text, long long max, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || *text == '\0' || *end != '\0' || v < 0 || v > max)
        return -1;
    *out = v;
    return 0;
}

static int parse_args(int argc, char **argv, struct shim_opts *o)
{
    static const struct option longs[] = {
        { "id", required_argument, 0, 'i' },          { "state-dir", required_argument, 0, 'd' },
        { "log-path", required_argument, 0, 'l' },    { "log-max-size", required_argument, 0, 's' },
        { "log-max-file", required_argument, 0, 'f' }, { "tty", no_argument, 0, 't' },
        { "stdin", no_argument, 0, 'I' },             { "rows", required_argument, 0, 'r' },
        { "cols", required_argument, 0, 'c' },        { "hold", no_argument, 0, 'H' },
        { "adopt", no_argument, 0, 'A' },             { "log-compress", no_argument, 0, 'z' },
        { "no-log", no_argument, 0, 'N' },
        { 0, 0, 0, 0 },
    };
    long long v;
    int ch;
    o->log_max_file = 1;
    optind = 1;
    opterr = 0;
    while ((ch = getopt_long(argc, argv, "+", longs, NULL)) != -1) {
        switch (ch) {
        case 'i': o->id = optarg; break;
        case 'd': o->state_dir = optarg; break;
        case 'l': o->log_path = optarg; break;
        case 't': o->tty = 1; break;
        case 'I': o->open_stdin = 1; break;
        case 'H': o->hold = 1; break;
        case 'A': o->adopt = 1; break;
        case 'z': o->log_compress = 1; break;
        case 'N': o->no_log = 1; break;
        case 's': if (parse_number(optarg, LLONG_MAX, &v) < 0) return usage("bad --log-max-size"); o->log_max_size = v; break;
        case 'f': if (parse_number(optarg, 1000, &v) < 0 || v < 1) return usage("bad --log-max-file"); o->log_max_file = (int)v; break;
        case 'r': if (parse_number(optarg, 65535, &v) < 0) return usage("bad --rows"); o->rows = (unsigned short)v; break;
        case 'c': if (parse_number(optarg, 65535, &v) < 0) return usage("bad --cols"); o->cols = (unsigned short)v; break;
        default: return usage("unknown option");
        }
    }
    if (!o->id || !*o->id || strchr(o->id, '/'))
        return usage("--id is required and may not contain '/'");
    if (!o->state_dir || o->state_dir[0] != '/')
        return usage("--state-dir must be an absolute path");
    if (optind >= argc)
        return usage("no command given");
    if (!o->log_path) {
        snprintf(log_path_buf, sizeof log_path_buf, "%s/%s-json.log", o->state_dir, o->id);
        o->log_path = log_path_buf;
    } else if (o->log_path[0] != '/') {
        return usage("--log-path must be an absolute path");
    }
    o->argv = argv + optind;
    return 0;
}

static void close_inherited_fds(int keep)
{
    if (keep != 3) {
        dup2(keep, 3);
        fcntl(3, F_SETFD, FD_CLOEXEC);
    }
    shim_close_range(4, ~0U);
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    if (null > 2)
        close(null);
}

static int setup_signals(struct shim *s)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    if (sigprocmask(SIG_BLOCK, &set, NULL) < 0)
        return -1;
    signal(SIGPIPE, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    s->signal_fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    return s->signal_fd < 0 ? -1 : 0;
}

static int open_fifo(struct shim *s)
{
    char path[PATH_MAX];
    s->fifo_fd = -1;
    if (!s->opt.open_stdin)
        return 0;
    snprintf(path, sizeof path, "%s/%s", s->opt.state_dir, SHIM_FILE_STDIN);
    if (mkfifo(path, 0600) < 0 && errno != EEXIST)
        return -1;
    s->fifo_fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
    return s->fifo_fd < 0 ? -1 : 0;
}

static void undo_files(struct shim *s)
{
    const char *names[] = { SHIM_FILE_SOCKET, SHIM_FILE_PID, SHIM_FILE_STDIN, SHIM_FILE_CONSOLE };
    for (size_t i = 0; s->state_fd >= 0 && i < sizeof names / sizeof names[0]; i++)
        unlinkat(s->state_fd, names[i], 0);
}

static int open_state_dir(struct shim *s)
{
    s->state_fd = open(s->opt.state_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    return s->state_fd < 0 ? -1 : 0;
}

#define STEP(call, name)        \
    do {                        \
        if ((call) < 0) {       \
            step = (name);      \
            goto fail;          \
        }                       \
    } while (0)

/* in the shim: set up, start the command, report on fd 3, serve until the command exits */
static int become_shim(struct shim *s)
{
    const char *step = "setup";
    char ok[96];
    for (int k = 0; k < SHIM_MAX_CLIENTS; k++)
        s->clients[k].fd = -1;
    s->in_fd = s->out_fd[0] = s->out_fd[1] = s->listen_fd = s->handover_fd = s->state_fd = -1;
    s->console_listen_fd = s->console_fd = -1;
    umask(022);
    STEP(open_state_dir(s), "state-dir");
    STEP(fchdir(s->state_fd), "state-dir"); /* how a standby shim's state dir is told (ShimRecovery.isShimOf) */
    STEP(prctl(PR_SET_CHILD_SUBREAPER, 1), "subreaper");
    STEP(setup_signals(s), "signals");
    STEP(shim_log_open(&s->log, s->opt.no_log ? NULL : s->opt.log_path, s->opt.log_max_size, s->opt.log_max_file, s->opt.log_compress),
         "log");
    STEP(open_fifo(s), "fifo");
    STEP(shim_listen(s), "socket");
    if (s->opt.tty)
        STEP(shim_console_listen(s), "console");
    STEP(shim_write_pid(s), "pid-file");
    if (shim_spawn(s, &step) < 0) {
        int e = errno;
        if (s->child > 0)
            waitpid(s->child, NULL, 0);
        errno = e;
        goto fail;
    }
    int n = snprintf(ok, sizeof ok, "{\"ok\":true,\"shimPid\":%d,\"pid\":%d}\n", (int)getpid(), (int)s->child);
    shim_write_all(3, ok, (size_t)n);
    close(3);
    return shim_run(s);
fail:;
    int e = errno;
    undo_files(s);
    report_error(3, step, e);
    return 1;
}

/* in the launcher: wait for the shim's report and copy it to stdout; middle is 0 when the shim is the launcher's own child */
static int relay_report(int fd, pid_t middle)
{
    char buf[256];
    size_t len = 0;
    ssize_t n;
    while (len < sizeof buf - 1 && (n = read(fd, buf + len, sizeof buf - 1 - len)) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        len += (size_t)n;
    }
    if (middle > 0)
        waitpid(middle, NULL, 0);
    if (len == 0) {
        report_error(1, "daemonize", ECHILD);
        return 1;
    }
    shim_write_all(1, buf, len);
    return strncmp(buf, "{\"ok\":true", 10) == 0 ? 0 : 1;
}

/* a standby shim bound to its container: the options came on fd 3, the report goes back on it */
static int bind_and_become_shim(int argc, char **argv)
{
    struct shim *s = &shim_state;
    fcntl(3, F_SETFD, FD_CLOEXEC);
    if (parse_args(argc, argv, &s->opt) != 0) {
        report_error(3, "usage", EINVAL);
        return 2;
    }
    return become_shim(s);
}

static int become(const char *standby)
{
    prctl(PR_SET_NAME, "drydock-shim", 0, 0, 0); /* run from /proc/<jvm>/fd/N, its name would be N */
    return standby ? shim_standby(standby, bind_and_become_shim) : become_shim(&shim_state);
}

/* The middle process: a session of its own, the shim forked in it, then gone. Never returns. */
static __attribute__((noinline, noreturn)) void run_middle(const int *sync, const char *standby)
{
    close(sync[0]);
    pid_t shim = setsid() < 0 ? -1 : fork();
    if (shim == 0) {
        close_inherited_fds(sync[1]);
        _exit(become(standby));
    }
    _exit(shim < 0 ? 1 : 0);
}

/*
 * Runs a middle process that starts a session and forks the shim, so the shim leads no session
 * and is nobody's child here: `standby` (a standby shim listening there) or, when NULL, the shim of
 * the options parsed. Waits for the middle process and relays the shim's report line to stdout.
 * The middle is made by vfork: it borrows this process's memory for its three calls (its own
 * descriptor table, so its close is its own) while this process waits, instead of a copy of it to
 * make and tear down again — a fork and an exit fewer per shim (the factory's case: one per
 * container). The shim itself is forked from it as before, with memory of its own.
 */
static int fork_through_middle(const char *standby)
{
    int sync[2];
    if (pipe2(sync, O_CLOEXEC) < 0) {
        report_error(1, "daemonize", errno);
        return 1;
    }
    pid_t middle = vfork();
    if (middle == 0)
        run_middle(sync, standby);
    if (middle < 0) {
        int e = errno;
        close(sync[0]);
        close(sync[1]);
        report_error(1, "daemonize", e);
        return 1;
    }
    close(sync[1]);
    int rc = relay_report(sync[0], middle);
    close(sync[0]);
    return rc;
}

/*
 * --factory: standby shims made by fork instead of one process start each (the launcher's execve,
 * the C library's start-up, its fork and exit: milliseconds of a virtual machine's CPU per
 * container). Reads one absolute standby socket path per line on stdin; for each, forks a standby
 * shim there, daemonized as `shim --standby PATH` is (a session of its own, no child of this
 * process), and writes its report line to stdout. Ends at EOF on stdin: its supervisor closed the
 * pipe, or ended. DIR, unused, names the standby directory in the process list.
 */
static int factory(void)
{
    prctl(PR_SET_NAME, "drydock-factory", 0, 0, 0);
    signal(SIGPIPE, SIG_IGN);
    char path[PATH_MAX + 2];
    FILE *in = fdopen(0, "r");
    if (!in)
        return 1;
    while (fgets(path, sizeof path, in)) {
        size_t len = strlen(path);
        if (len < 2 || path[len - 1] != '\n' || path[0] != '/') {
            report_error(1, "usage", EINVAL);
            continue;
        }
        path[len - 1] = '\0';
        fork_through_middle(path);
    }
    return 0;
}

int shim_main(int argc, char **argv)
{
    struct shim *s = &shim_state;
    const char *standby = NULL;
    if (argc == 3 && strcmp(argv[1], "--factory") == 0)
        return factory();
    if (argc == 3 && strcmp(argv[1], "--standby") == 0) {
        standby = argv[2];
        if (standby[0] != '/')
            return usage("--standby needs an absolute socket path");
    } else {
        int rc = parse_args(argc, argv, &s->opt);
        if (rc != 0)
            return rc;
    }
    /*
     * A launcher that is no process group leader (a JVM's child is none) starts the session itself
     * and forks the shim once; the shim, not the session's leader, can never gain a controlling
     * terminal by opening one. A group leader cannot call setsid and forks a middle process for it.
     */
    if (setsid() < 0)
        return fork_through_middle(standby);
    int sync[2];
    if (pipe2(sync, O_CLOEXEC) < 0) {
        report_error(1, "daemonize", errno);
        return 1;
    }
    pid_t shim = fork();
    if (shim < 0) {
        report_error(1, "daemonize", errno);
        return 1;
    }
    if (shim > 0) {
        close(sync[1]);
        return relay_report(sync[0], 0);
    }
    close(sync[0]);
    close_inherited_fds(sync[1]);
    _exit(become(standby));
}
