/*
 * The command's terminal under --tty, as containerd-shim receives runc's: the command (drydock's
 * helper: the container's init, or an exec's process) opens a pty in the container's own devpts
 * after joining its mounts and sends the master over DIR/console.sock with SCM_RIGHTS (the
 * TERMINAL step, tty.c). The shim takes the first master that arrives and relays it as it relays
 * pipes: output to the log and attachers, stdin from the fifo and attachers, resizes to the master.
 *
 *   command ──connect DIR/console.sock──▶ shim (accept)
 *   init: open /dev/ptmx (container's devpts) ──sendmsg(master)──▶ shim: out_fd[0] = master,
 *         slave → stdio + controlling terminal                          in_fd = dup (--stdin);
 *                                                                       size set; socket removed
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

#include "helper.h"
#include "shim.h"

int shim_console_listen(struct shim *s)
{
    s->console_fd = -1;
    s->awaiting_master = s->opt.open_stdin;
    s->console_listen_fd = shim_listen_unix(s, SHIM_FILE_CONSOLE);
    return s->console_listen_fd < 0 ? -1 : 0;
}

/* no more masters are taken: the socket goes, so nothing else can connect */
void shim_console_close(struct shim *s)
{
    s->awaiting_master = 0;
    if (s->console_fd >= 0)
        close(s->console_fd);
    s->console_fd = -1;
    if (s->console_listen_fd >= 0) {
        close(s->console_listen_fd);
        unlinkat(s->state_fd, SHIM_FILE_CONSOLE, 0);
    }
    s->console_listen_fd = -1;
}

/* The master replaces the pipes of a command without a tty: stdout (all output) and stdin. */
static void take_master(struct shim *s, int master)
{
    int fl = fcntl(master, F_GETFL);
    if (fl >= 0)
        fcntl(master, F_SETFL, fl | O_NONBLOCK);
    s->out_fd[0] = master;
    if (s->opt.open_stdin)
        s->in_fd = fcntl(master, F_DUPFD_CLOEXEC, 0);
    shim_stdin_push(s); /* what was sent before the master (an exec starts before its pty exists), and a close */
    if (s->opt.rows && s->opt.cols) {
        /* the size of --rows/--cols, or of a resize that came before the master */
        struct winsize ws = { .ws_row = s->opt.rows, .ws_col = s->opt.cols };
        ioctl(master, TIOCSWINSZ, &ws);
    }
    shim_console_close(s);
}

/* The sender's one message; a connection that ends or sends no fd is dropped, the socket still listens. */
void shim_console_readable(struct shim *s)
{
    int master = dd_recv_fd(s->console_fd, MSG_DONTWAIT);
    if (master >= 0) {
        take_master(s, master);
        return;
    }
    if (errno == EAGAIN || errno == EINTR)
        return;
    close(s->console_fd);
    s->console_fd = -1;
}

/*
 * One sender at a time. The master is read at once when it is already queued, so that in the
 * round where the connection is accepted it is taken before any stdin or resize request. A
 * container's init sends it before it reports the container created; an exec's process may start
 * after its exec was reported started, so stdin and a close-stdin sent before the master wait for
 * it in the stdin buffer (back-pressure when that is full), and a resize is kept for it.
 */
void shim_console_accept(struct shim *s)
{
    int fd = accept4(s->console_listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return;
    if (s->console_fd >= 0) {
        close(fd);
        return;
    }
    s->console_fd = fd;
    shim_console_readable(s);
}

/* The command ended: a master it sent is still taken (what the process wrote waits in the pty). */
void shim_console_settle(struct shim *s)
{
    if (s->console_fd < 0 && s->console_listen_fd >= 0)
        shim_console_accept(s);
    if (s->console_fd >= 0)
        shim_console_readable(s);
    shim_console_close(s);
}
