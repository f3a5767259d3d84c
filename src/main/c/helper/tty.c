/*
 * The container's terminal, as runc makes it: the init opens a new pty in
 * the container's devpts, sends the master over the console socket with
 * SCM_RIGHTS (the pty's name as the payload), binds the slave onto
 * /dev/console and makes it its stdio and controlling terminal.
 *
 * The other end is drydock's shim for `docker run -t` / `exec -t`
 * (shim_console.c: it relays the master to its log and attachers), or
 * recvtty: it receives one master and relays its own stdin/stdout to it
 * until the container closes its side (what `drydock runtime run` does for
 * a terminal without --console-socket).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"

#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif

int dd_send_fd(int sock, const char *name, int fd)
{
    char control[CMSG_SPACE(sizeof(int))];
    memset(control, 0, sizeof control);
    struct iovec iov = { .iov_base = (void *)name, .iov_len = strlen(name) };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control };
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cm), &fd, sizeof fd);
    ssize_t n;
    do {
        n = sendmsg(sock, &msg, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    return n < 0 ? -1 : 0;
}

/* one fd sent with SCM_RIGHTS (close-on-exec here); flags go to recvmsg (MSG_DONTWAIT) */
int dd_recv_fd(int sock, int flags)
{
    char name[4096];
    char control[CMSG_SPACE(sizeof(int))];
    struct iovec iov = { .iov_base = name, .iov_len = sizeof name };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control };
    ssize_t n;
    do {
        n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC | flags);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return -1;
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    if (!cm || cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS || cm->cmsg_len != CMSG_LEN(sizeof(int))) {
        errno = EBADMSG;
        return -1;
    }
    int fd;
    memcpy(&fd, CMSG_DATA(cm), sizeof fd);
    return fd;
}

/* /dev/console becomes the pty's slave (a regular file made first when missing). */
static int bind_console(const char *slave)
{
    struct stat st;
    if (lstat("/dev/console", &st) < 0) {
        if (errno != ENOENT)
            return -1;
        int fd = open("/dev/console", O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0)
            return -1;
        close(fd);
    } else if (S_ISLNK(st.st_mode)) {
        errno = ELOOP;
        return -1;
    }
    return mount(slave, "/dev/console", NULL, MS_BIND, NULL);
}

static int open_slave(int master, char *name, size_t len)
{
    int unlock = 0, n;
    if (ioctl(master, TIOCSPTLCK, &unlock) < 0 || ioctl(master, TIOCGPTN, &n) < 0)
        return -1;
    snprintf(name, len, "/dev/pts/%d", n);
    int slave = ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0 && (errno == EINVAL || errno == ENOTTY))
        slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    return slave;
}

/*
 * The slave, opened by the init as root, becomes the process's user's (the gid, the devpts mount's,
 * stays), as runc's fixStdioPermissions does; else a non-root process could not reopen its own
 * terminal. An owner the kernel cannot express here (EINVAL: unmapped in a user namespace; EPERM)
 * leaves the slave as it is.
 */
static int give_slave(int slave, uid_t owner)
{
    struct stat st;
    if (fstat(slave, &st) < 0)
        return -1;
    if (st.st_uid == owner || fchown(slave, owner, (gid_t)-1) == 0 || errno == EINVAL || errno == EPERM)
        return 0;
    return -1;
}

static int stdio_from(int slave)
{
    for (int fd = 0; fd < 3; fd++)
        if (dup2(slave, fd) < 0)
            return -1;
    if (slave > 2)
        close(slave);
    return ioctl(0, TIOCSCTTY, 0);
}

int dd_op_terminal(struct dd_child *c, const struct dd_step *s)
{
    if (c->consolefd < 0) {
        errno = EBADF;
        return -1;
    }
    int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0)
        return -1;
    char name[64];
    int slave = open_slave(master, name, sizeof name);
    int rc = slave < 0 ? -1 : give_slave(slave, (uid_t)dd_arg_u64(s, 3));
    struct winsize ws = { .ws_row = (unsigned short)dd_arg_u64(s, 0), .ws_col = (unsigned short)dd_arg_u64(s, 1) };
    if (rc == 0 && ws.ws_row && ws.ws_col)
        rc = ioctl(master, TIOCSWINSZ, &ws);
    if (rc == 0 && dd_arg_u64(s, 2))
        rc = bind_console(name);
    if (rc == 0)
        rc = dd_send_fd(c->consolefd, name, master);
    int saved = errno;
    close(master);
    close(c->consolefd);
    c->consolefd = -1;
    if (rc == 0)
        return stdio_from(slave);
    if (slave >= 0)
        close(slave);
    errno = saved;
    return -1;
}

/* Binds and listens under a temporary name, then renames: the socket exists only once it listens. */
int dd_bind_unix(const char *path)
{
    const char *slash = strrchr(path, '/');
    char dir[4096], tmp[40];
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    if (!slash || (size_t)(slash - path) >= sizeof dir) {
        errno = EINVAL;
        return -1;
    }
    memcpy(dir, path, (size_t)(slash - path));
    dir[slash - path] = 0;
    int dirfd = open(slash == path ? "/" : dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0)
        return -1;
    snprintf(tmp, sizeof tmp, ".recvtty-%d.sock", (int)getpid());
    snprintf(addr.sun_path, sizeof addr.sun_path, "/proc/self/fd/%d/%s", dirfd, tmp);
    unlinkat(dirfd, tmp, 0);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int rc = fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, 1) < 0
        || renameat(dirfd, tmp, dirfd, slash + 1) < 0 ? -1 : 0;
    int saved = errno;
    close(dirfd);
    if (rc < 0) {
        if (fd >= 0)
            close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

static struct termios saved_termios;
static int raw_mode;

static void restore_termios(void)
{
    if (raw_mode)
        tcsetattr(0, TCSANOW, &saved_termios);
}

static void copy_winsize(int master)
{
    struct winsize ws;
    if (ioctl(0, TIOCGWINSZ, &ws) == 0)
        ioctl(master, TIOCSWINSZ, &ws);
}

static void make_raw(int master)
{
    if (!isatty(0) || tcgetattr(0, &saved_termios) < 0)
        return;
    struct termios raw = saved_termios;
    cfmakeraw(&raw);
    if (tcsetattr(0, TCSANOW, &raw) == 0)
        raw_mode = 1;
    copy_winsize(master);
}

/*
 * The terminal's size follows the user's window, as runc's tty forwarding does: SIGWINCH (sent to
 * the foreground process group, which this relay is part of) copies the new size onto the pty, and
 * the kernel passes SIGWINCH on to the container's foreground group. The signal is blocked except
 * inside ppoll, so a resize between two polls is not lost.
 */
static volatile sig_atomic_t winch;

static void on_winch(int sig)
{
    (void)sig;
    winch = 1;
}

static int watch_winch(sigset_t *during_poll)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGWINCH);
    if (sigprocmask(SIG_BLOCK, &block, during_poll) < 0)
        return -1;
    sigdelset(during_poll, SIGWINCH);
    struct sigaction sa = { .sa_handler = on_winch };
    sigemptyset(&sa.sa_mask);
    return sigaction(SIGWINCH, &sa, NULL);
}

static int copy_once(int from, int to)
{
    char buf[8192];
    ssize_t n = read(from, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return 1;
    if (n <= 0)
        return 0;
    for (ssize_t off = 0; off < n;) {
        ssize_t w = write(to, buf + off, (size_t)(n - off));
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return 0;
        off += w;
    }
    return 1;
}

/* stdin → master, master → stdout until the container closes the pty (EIO/EOF on the master). */
static void relay(int master)
{
    struct pollfd fds[2] = { { .fd = master, .events = POLLIN }, { .fd = 0, .events = POLLIN } };
    sigset_t during_poll;
    int resizes = isatty(0) && watch_winch(&during_poll) == 0;
    for (;;) {
        int n = resizes ? ppoll(fds, 2, NULL, &during_poll) : poll(fds, 2, -1);
        if (winch) {
            winch = 0;
            copy_winsize(master);
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            if (!copy_once(master, 1))
                return;
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            if (!copy_once(0, master))
                fds[1].fd = -1; /* stdin ended: keep relaying the output */
        }
    }
}

int recvtty_main(int argc, char **argv)
{
    (void)argc;
    signal(SIGPIPE, SIG_IGN);
    int listener = dd_bind_unix(argv[2]);
    if (listener < 0) {
        fprintf(stderr, "drydock-helper recvtty: listen on %s: %s\n", argv[2], strerror(errno));
        return 1;
    }
    int conn;
    do {
        conn = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
    } while (conn < 0 && errno == EINTR);
    int master = conn < 0 ? -1 : dd_recv_fd(conn, 0);
    int err = errno;
    close(listener);
    unlink(argv[2]);
    if (master < 0) {
        fprintf(stderr, "drydock-helper recvtty: receive the pty master: %s\n", strerror(err));
        return 1;
    }
    close(conn);
    make_raw(master);
    atexit(restore_termios);
    relay(master);
    return 0;
}
