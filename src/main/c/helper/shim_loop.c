/*
 * The shim's single-threaded event loop. Order of duties after the child exits:
 * drain its output, flush the log, write exit.json atomically, tell attachers,
 * give them a moment to read, remove the socket, exit. So exit.json implies a complete log.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "shim.h"

#define DRAIN_IDLE_MS 100
#define LINGER_MS 2000

static unsigned char readbuf[SHIM_LOG_LINE_MAX];

/* reads one chunk of the child's output; returns 0 at EOF/EIO (the fd is closed), 1 otherwise */
static int pump_output(struct shim *s, int which)
{
    ssize_t n = read(s->out_fd[which], readbuf, sizeof readbuf);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return 1;
    if (n <= 0) {
        close(s->out_fd[which]);
        s->out_fd[which] = -1;
        return 0;
    }
    enum shim_stream stream = which == 0 ? SHIM_STDOUT : SHIM_STDERR;
    shim_log_feed(&s->log, stream, readbuf, (size_t)n);
    shim_broadcast(s, stream, readbuf, (size_t)n);
    return 1;
}

static void pump_fifo(struct shim *s)
{
    size_t room = sizeof s->pending_in - s->pending_len;
    ssize_t n = read(s->fifo_fd, s->pending_in + s->pending_len, room);
    if (n <= 0)
        return;
    if (s->in_fd < 0 && !s->awaiting_master)
        return; /* stdin was closed: late bytes are discarded */
    s->pending_len += (size_t)n;
    shim_stdin_push(s);
}

static void record_exit(struct shim *s, int status)
{
    clock_gettime(CLOCK_REALTIME, &s->exited_at);
    s->exited = 1;
    if (WIFSIGNALED(status)) {
        s->exit_signal = WTERMSIG(status);
        s->exit_code = 128 + s->exit_signal;
    } else {
        s->exit_signal = 0;
        s->exit_code = WEXITSTATUS(status);
    }
}

static void on_signal(struct shim *s)
{
    struct signalfd_siginfo si;
    while (read(s->signal_fd, &si, sizeof si) == (ssize_t)sizeof si) {
        if (si.ssi_signo != SIGCHLD && !s->exited)
            kill(s->child, (int)si.ssi_signo); /* TERM/INT to the shim are meant for the container */
    }
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        if (shim_reaped(s, pid) && !s->exited)
            record_exit(s, status);
    }
}

static int add(struct pollfd *p, int *n, int fd, short events)
{
    p[*n].fd = fd;
    p[*n].events = events;
    p[*n].revents = 0;
    return (*n)++;
}

static void serve_client(struct shim *s, struct shim_client *c, short revents)
{
    if (c->fd < 0 || revents == 0)
        return;
    if (revents & POLLOUT)
        shim_client_writable(c);
    if (c->fd >= 0 && (revents & (POLLIN | POLLHUP | POLLERR)))
        shim_client_readable(s, c);
}

/* one round of poll; timeout_ms -1 waits; returns the number of ready fds */
static int round_once(struct shim *s, int timeout_ms)
{
    struct pollfd p[9 + SHIM_MAX_CLIENTS];
    int n = 0, io[2] = { -1, -1 }, fifo = -1, in = -1, handover = -1, console = -1, console_lst = -1;
    int sig = add(p, &n, s->signal_fd, POLLIN);
    int lst = add(p, &n, s->listen_fd, POLLIN);
    for (int w = 0; w < 2; w++)
        if (s->out_fd[w] >= 0)
            io[w] = add(p, &n, s->out_fd[w], POLLIN);
    if (s->fifo_fd >= 0 && s->pending_len < sizeof s->pending_in)
        fifo = add(p, &n, s->fifo_fd, POLLIN);
    if (s->in_fd >= 0 && s->pending_len > 0)
        in = add(p, &n, s->in_fd, POLLOUT);
    if (s->handover_fd >= 0)
        handover = add(p, &n, s->handover_fd, POLLIN);
    if (s->console_listen_fd >= 0)
        console_lst = add(p, &n, s->console_listen_fd, POLLIN);
    if (s->console_fd >= 0)
        console = add(p, &n, s->console_fd, POLLIN);
    int slot[SHIM_MAX_CLIENTS];
    for (int k = 0; k < SHIM_MAX_CLIENTS; k++) {
        struct shim_client *c = &s->clients[k];
        slot[k] = -1;
        if (c->fd < 0)
            continue;
        short ev = (short)((c->stalled || c->in_len == sizeof c->in ? 0 : POLLIN) | (c->out_len > 0 ? POLLOUT : 0));
        /* a stalled client is not polled at all: a hangup must not drop the stdin it already sent */
        if (ev != 0)
            slot[k] = add(p, &n, c->fd, ev);
    }
    int ready = poll(p, (nfds_t)n, timeout_ms);
    if (ready <= 0)
        return ready < 0 && errno == EINTR ? 1 : ready;
    for (int w = 0; w < 2; w++)
        if (io[w] >= 0 && p[io[w]].revents)
            pump_output(s, w);
    if (in >= 0 && p[in].revents)
        shim_stdin_push(s);
    if (fifo >= 0 && p[fifo].revents)
        pump_fifo(s);
    if (handover >= 0 && p[handover].revents)
        shim_take_handover(s);
    /* the terminal before the clients: their stdin and resizes are meant for it */
    if (console >= 0 && p[console].revents && s->console_fd >= 0)
        shim_console_readable(s);
    if (console_lst >= 0 && p[console_lst].revents && s->console_listen_fd >= 0)
        shim_console_accept(s);
    for (int k = 0; k < SHIM_MAX_CLIENTS; k++)
        if (slot[k] >= 0)
            serve_client(s, &s->clients[k], p[slot[k]].revents);
    for (int k = 0; k < SHIM_MAX_CLIENTS; k++)
        if (s->clients[k].fd >= 0 && s->clients[k].stalled && s->pending_len == 0)
            shim_client_process(s, &s->clients[k]);
    if (p[lst].revents)
        shim_accept(s);
    if (p[sig].revents)
        on_signal(s);
    return ready;
}

static int clients_pending(struct shim *s)
{
    for (int k = 0; k < SHIM_MAX_CLIENTS; k++)
        if (s->clients[k].fd >= 0 && s->clients[k].out_len > 0)
            return 1;
    return 0;
}

/* output the child wrote before exiting may still sit in the pipe or the pty's buffers */
static void drain(struct shim *s)
{
    while (s->out_fd[0] >= 0 || s->out_fd[1] >= 0) {
        struct pollfd p[2];
        int n = 0, idx[2] = { -1, -1 };
        for (int w = 0; w < 2; w++)
            if (s->out_fd[w] >= 0) {
                idx[n] = w;
                add(p, &n, s->out_fd[w], POLLIN);
            }
        if (poll(p, (nfds_t)n, DRAIN_IDLE_MS) <= 0)
            return; /* idle: whatever still holds the pipe open (a daemonised grandchild) is not waited for */
        for (int i = 0; i < n; i++)
            if (p[i].revents)
                pump_output(s, idx[i]);
    }
}

int shim_run(struct shim *s)
{
    while (!s->exited)
        round_once(s, -1);
    shim_console_settle(s);
    drain(s);
    shim_log_flush(&s->log);
    shim_write_exit(s);
    shim_broadcast_exit(s);
    for (int waited = 0; clients_pending(s) && waited < LINGER_MS; waited += 50)
        round_once(s, 50);
    unlinkat(s->state_fd, SHIM_FILE_SOCKET, 0);
    return 0;
}
