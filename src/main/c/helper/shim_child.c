/*
 * The shim's one child: its stdio (pipes, or /dev/null when its terminal comes over the console
 * socket: shim_console.c), its stdin, its window size.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "helper.h"
#include "shim.h"

extern char **environ;

struct child_fds {
    int in, out, err; /* the child's ends */
    int go;           /* --hold: read end of the start pipe */
    int handover;     /* --adopt: write end of the hand-over pipe */
};

static int nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    return fl < 0 ? -1 : fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

/*
 * --tty: the command's own stdio is /dev/null. Its terminal is a pty of the container's devpts that
 * the command (drydock's helper) makes itself and whose master it sends over the console socket;
 * the shim relays that master once it arrives (shim_console.c).
 */
static int open_null_stdio(struct shim *s, struct child_fds *c)
{
    s->out_fd[0] = s->out_fd[1] = s->in_fd = -1;
    c->in = open("/dev/null", O_RDWR | O_CLOEXEC);
    c->out = c->in < 0 ? -1 : fcntl(c->in, F_DUPFD_CLOEXEC, 0);
    c->err = c->out < 0 ? -1 : fcntl(c->in, F_DUPFD_CLOEXEC, 0);
    return c->err < 0 ? -1 : 0;
}

static int open_pipes(struct shim *s, struct child_fds *c)
{
    int out[2], err[2], in[2];
    if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
        return -1;
    s->out_fd[0] = out[0];
    s->out_fd[1] = err[0];
    c->out = out[1];
    c->err = err[1];
    if (s->opt.open_stdin) {
        if (pipe2(in, O_CLOEXEC) < 0)
            return -1;
        c->in = in[0];
        s->in_fd = in[1];
        nonblock(s->in_fd);
    } else {
        c->in = open("/dev/null", O_RDONLY | O_CLOEXEC);
        s->in_fd = -1;
    }
    return nonblock(out[0]) < 0 || nonblock(err[0]) < 0 ? -1 : 0;
}

/* closes every fd above 2 except those in keep[0..n) (entries of -1 are ignored) */
static void close_except(const int *keep, int n)
{
    unsigned next = 3;
    for (;;) {
        int lowest = -1;
        for (int i = 0; i < n; i++)
            if (keep[i] >= (int)next && (lowest < 0 || keep[i] < lowest))
                lowest = keep[i];
        if (lowest < 0)
            break;
        if ((unsigned)lowest > next)
            shim_close_range(next, (unsigned)lowest - 1);
        next = (unsigned)lowest + 1;
    }
    shim_close_range(next, ~0U);
}

/* --adopt: the command inherits the hand-over pipe and learns its number from the environment */
static int pass_handover(int fd)
{
    char num[16];
    if (fd < 0)
        return 0;
    snprintf(num, sizeof num, "%d", fd);
    if (fcntl(fd, F_SETFD, 0) < 0 || setenv(SHIM_ENV_HANDOVER, num, 1) < 0)
        return -1;
    return 0;
}

/* bytes on the go pipe: exec the command of the command line, or the argv that follows (u32 length, argv) */
#define GO_COMMAND 1
#define GO_ARGV 2

/* in the held child: the argv START sent (NUL-terminated strings, checked by shim_start); NULL on failure */
static char **read_argv(int fd)
{
    uint32_t len;
    if (dd_read_full(fd, &len, sizeof len) < 0 || len == 0 || len > SHIM_FRAME_MAX_PAYLOAD)
        return NULL;
    char *bytes = malloc(len);
    size_t count = 0;
    if (!bytes || dd_read_full(fd, bytes, len) < 0)
        return NULL;
    for (uint32_t i = 0; i < len; i++)
        count += bytes[i] == '\0';
    char **argv = calloc(count + 1, sizeof *argv);
    if (!argv)
        return NULL;
    for (size_t i = 0, at = 0; i < count; i++) {
        argv[i] = bytes + at;
        at += strlen(bytes + at) + 1;
    }
    return argv;
}

/*
 * The command is this binary's own `init SOCKET` (drydock's runtime helper) and the shim runs from
 * the very file the command names: both are the JVM's sealed copy, /proc/<jvm>/fd/N. The held
 * child then becomes the helper without an execve, which would only map the same image again (a
 * process start is costly on a virtual machine). init_main re-executes itself from a sealed copy
 * when the file is not one (selfclone.c), so CVE-2019-5736's defence holds either way.
 */
static int is_own_init(char **argv)
{
    if (!argv[0] || !argv[1] || !argv[2] || argv[3] || strcmp(argv[1], "init") != 0)
        return 0;
    struct stat self, command;
    return stat("/proc/self/exe", &self) == 0 && stat(argv[0], &command) == 0
        && self.st_dev == command.st_dev && self.st_ino == command.st_ino;
}

/* in the child: never returns; reports errno on report_fd when exec fails */
static void exec_child(struct shim *s, struct child_fds *c, int report_fd)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    if (setsid() < 0)
        goto fail;
    if (dup2(c->in, 0) < 0 || dup2(c->out, 1) < 0 || dup2(c->err, 2) < 0)
        goto fail;
    int keep[] = { c->go, report_fd, c->handover };
    close_except(keep, 3); /* a held child must not keep the shim's files (the start report pipe) open */
    if (pass_handover(c->handover) < 0)
        goto fail;
    char **argv = s->opt.argv;
    if (c->go >= 0) {
        char go;
        ssize_t n;
        do
            n = read(c->go, &go, 1);
        while (n < 0 && errno == EINTR);
        if (n != 1) {
            errno = ECANCELED; /* the shim went away before START */
            goto fail;
        }
        if (go == GO_ARGV && !(argv = read_argv(c->go))) {
            errno = EINVAL;
            goto fail;
        }
    }
    if (is_own_init(argv)) {
        /* what an exec does that the helper relies on is done above (signals, stdio, fds); the
         * report pipe is closed as close-on-exec would, telling the shim the command runs */
        close(report_fd);
        prctl(PR_SET_NAME, "drydock-init", 0, 0, 0);
        _exit(init_main(3, argv, environ));
    }
    execvp(argv[0], argv);
fail:;
    int e = errno;
    shim_write_all(report_fd, &e, sizeof e);
    _exit(127);
}

static void close_child_ends(struct child_fds *c)
{
    close(c->in);
    close(c->out);
    close(c->err);
}

/* waits for the child's exec report: 0 when it exec'd, else its errno */
static int exec_result(int report_fd)
{
    int child_errno = 0;
    ssize_t n;
    do
        n = read(report_fd, &child_errno, sizeof child_errno);
    while (n < 0 && errno == EINTR);
    close(report_fd);
    return n == (ssize_t)sizeof child_errno ? child_errno : 0;
}

int shim_spawn(struct shim *s, const char **failed_step)
{
    struct child_fds c = { .in = -1, .out = -1, .err = -1, .go = -1 };
    int report[2], go[2] = { -1, -1 }, handover[2];
    s->go_fd = s->report_fd = -1;
    *failed_step = s->opt.tty ? "console" : "pipe";
    if ((s->opt.tty ? open_null_stdio(s, &c) : open_pipes(s, &c)) < 0)
        return -1;
    *failed_step = "fork";
    if (pipe2(report, O_CLOEXEC) < 0 || (s->opt.hold && pipe2(go, O_CLOEXEC) < 0) || shim_handover_pipe(s, handover) < 0)
        return -1;
    c.go = go[0];
    c.handover = handover[1];
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        close(report[0]);
        exec_child(s, &c, report[1]);
    }
    close(report[1]);
    if (handover[1] >= 0)
        close(handover[1]);
    close_child_ends(&c);
    s->child = pid;
    s->helper = s->opt.adopt ? pid : 0;
    if (s->opt.hold) {
        close(go[0]);
        s->go_fd = go[1];
        s->report_fd = report[0];
        return 0;
    }
    int e = exec_result(report[0]);
    if (e != 0) {
        *failed_step = "exec";
        errno = e;
        return -1;
    }
    return 0;
}

/* a START payload is an argv: NUL-terminated strings, the first not empty */
static int valid_argv(const unsigned char *argv, size_t len)
{
    return len >= 2 && argv[0] != '\0' && argv[len - 1] == '\0';
}

/*
 * Lets a held child exec: the command line's command, or the argv of a non-empty START payload
 * (the caller learnt the command only after the shim started); returns 0, the exec errno, EINVAL
 * for a malformed argv, or EALREADY. The pipe holds 64 KiB, more than a payload, so this write does
 * not wait for the child.
 */
int shim_start(struct shim *s, const unsigned char *argv, size_t len)
{
    if (s->go_fd < 0)
        return EALREADY;
    if (len > 0 && !valid_argv(argv, len))
        return EINVAL;
    unsigned char msg[1 + sizeof(uint32_t) + SHIM_FRAME_MAX_PAYLOAD];
    uint32_t n32 = (uint32_t)len;
    msg[0] = len > 0 ? GO_ARGV : GO_COMMAND;
    memcpy(msg + 1, &n32, sizeof n32);
    memcpy(msg + 1 + sizeof n32, argv, len);
    size_t total = len > 0 ? 1 + sizeof n32 + len : 1;
    int rc = shim_write_all(s->go_fd, msg, total) == 0 ? 1 : -1;
    int e = errno;
    close(s->go_fd);
    s->go_fd = -1;
    if (rc != 1) {
        close(s->report_fd);
        return e;
    }
    return exec_result(s->report_fd);
}

/* bytes already written into the fifo count as sent before a later close-stdin */
static int fifo_empty(struct shim *s)
{
    int n = 0;
    return s->fifo_fd < 0 || ioctl(s->fifo_fd, FIONREAD, &n) < 0 || n == 0;
}

/* moves buffered stdin bytes to the child as far as it takes them, never blocking the shim */
void shim_stdin_push(struct shim *s)
{
    while (s->pending_len > 0 && s->in_fd >= 0) {
        ssize_t n = write(s->in_fd, s->pending_in, s->pending_len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                shim_close_stdin(s);
            return;
        }
        memmove(s->pending_in, s->pending_in + n, s->pending_len - (size_t)n);
        s->pending_len -= (size_t)n;
    }
    if (s->pending_len == 0 && s->close_stdin_when_drained && fifo_empty(s))
        shim_close_stdin(s);
}

/* close-stdin comes after the stdin bytes sent before it: those are delivered first */
void shim_request_close_stdin(struct shim *s)
{
    s->close_stdin_when_drained = 1;
    shim_stdin_push(s);
}

/* pipes: the child reads EOF; a tty cannot be half-closed, so EOF is the terminal's ^D there */
void shim_close_stdin(struct shim *s)
{
    if (s->in_fd < 0)
        return;
    if (s->opt.tty) {
        struct termios t;
        if (tcgetattr(s->in_fd, &t) == 0) {
            unsigned char eof = t.c_cc[VEOF];
            if (write(s->in_fd, &eof, 1) < 0) { /* best effort */ }
        }
    }
    close(s->in_fd);
    s->in_fd = -1;
    s->pending_len = 0;
    s->close_stdin_when_drained = 0;
}

/* the size is kept for a master still to come (shim_console.c) and set on the one relayed */
int shim_resize(struct shim *s, unsigned rows, unsigned cols)
{
    if (!s->opt.tty) {
        errno = ENOTTY;
        return -1;
    }
    s->opt.rows = (unsigned short)rows;
    s->opt.cols = (unsigned short)cols;
    int master = s->out_fd[0] >= 0 ? s->out_fd[0] : s->in_fd;
    if (master < 0)
        return 0;
    struct winsize ws = { .ws_row = s->opt.rows, .ws_col = s->opt.cols };
    return ioctl(master, TIOCSWINSZ, &ws);
}
