/*
 * The control socket: framed requests in, output frames and replies out (spec/shim.md).
 * Every client socket is non-blocking and has a fixed output buffer; a client whose buffer
 * would overflow is disconnected, so a slow attacher never holds up the child or the log.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "shim.h"

/* a non-blocking listening socket at DIR/name; -1 on failure */
int shim_listen_unix(struct shim *s, const char *name)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    if (snprintf(addr.sun_path, sizeof addr.sun_path, "%s/%s", s->opt.state_dir, name) >= (int)sizeof addr.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    unlink(addr.sun_path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, 16) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

int shim_listen(struct shim *s)
{
    s->listen_fd = shim_listen_unix(s, SHIM_FILE_SOCKET);
    return s->listen_fd < 0 ? -1 : 0;
}

void shim_client_drop(struct shim_client *c)
{
    if (c->fd >= 0)
        close(c->fd);
    free(c->out);
    c->fd = -1;
    c->attached = c->stalled = 0;
    c->in_len = c->out_off = c->out_len = 0;
    c->out = NULL;
}

void shim_accept(struct shim *s)
{
    int fd = accept4(s->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0)
        return;
    for (int i = 0; i < SHIM_MAX_CLIENTS; i++) {
        if (s->clients[i].fd < 0) {
            s->clients[i].fd = fd;
            return;
        }
    }
    close(fd); /* full: the connection is refused by closing it */
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* queues a frame; returns -1 (and drops the client) when it does not fit */
static int send_frame(struct shim_client *c, int type, const unsigned char *payload, size_t len)
{
    if (c->out == NULL && (c->out = malloc(SHIM_CLIENT_OUTBUF)) == NULL) {
        shim_client_drop(c);
        return -1;
    }
    if (c->out_off > 0) {
        memmove(c->out, c->out + c->out_off, c->out_len);
        c->out_off = 0;
    }
    if (c->out_len + SHIM_FRAME_HEADER + len > SHIM_CLIENT_OUTBUF) {
        shim_client_drop(c);
        return -1;
    }
    unsigned char *p = c->out + c->out_len;
    p[0] = (unsigned char)type;
    put32(p + 1, (uint32_t)len);
    if (len > 0)
        memcpy(p + SHIM_FRAME_HEADER, payload, len);
    c->out_len += SHIM_FRAME_HEADER + len;
    shim_client_writable(c);
    return 0;
}

void shim_client_writable(struct shim_client *c)
{
    while (c->fd >= 0 && c->out_len > 0) {
        ssize_t n = send(c->fd, c->out + c->out_off, c->out_len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                shim_client_drop(c);
            return;
        }
        c->out_off += (size_t)n;
        c->out_len -= (size_t)n;
    }
}

static void status_payload(struct shim *s, unsigned char out[SHIM_STATUS_LEN])
{
    int64_t ns = s->exited ? (int64_t)s->exited_at.tv_sec * 1000000000LL + s->exited_at.tv_nsec : 0;
    put32(out, (uint32_t)s->child);
    out[4] = s->exited ? SHIM_STATE_EXITED : s->go_fd >= 0 ? SHIM_STATE_CREATED : SHIM_STATE_RUNNING;
    put32(out + 5, (uint32_t)s->exit_code);
    put32(out + 9, (uint32_t)s->exit_signal);
    put32(out + 13, (uint32_t)((uint64_t)ns >> 32));
    put32(out + 17, (uint32_t)ns);
}

static void ack(struct shim_client *c, int type, int err)
{
    unsigned char p[SHIM_ACK_LEN];
    p[0] = (unsigned char)type;
    put32(p + 1, (uint32_t)err);
    send_frame(c, SHIM_RSP_ACK, p, sizeof p);
}

static int result(int rc)
{
    return rc < 0 ? errno : 0;
}

/* handles one frame; returns 0 when consumed, 1 when it must wait (stdin full) */
static int handle(struct shim *s, struct shim_client *c, int type, const unsigned char *p, size_t len)
{
    unsigned char st[SHIM_STATUS_LEN];
    switch (type) {
    case SHIM_REQ_ATTACH:
        c->attached = 1;
        ack(c, type, 0);
        if (s->exited && c->fd >= 0) {
            status_payload(s, st);
            send_frame(c, SHIM_RSP_EXIT, st, sizeof st);
        }
        return 0;
    case SHIM_REQ_STDIN:
        if (s->in_fd < 0 && !s->awaiting_master)
            return 0; /* stdin closed or never opened: the bytes are discarded, as docker does */
        if (s->pending_len + len > sizeof s->pending_in)
            return 1;
        memcpy(s->pending_in + s->pending_len, p, len);
        s->pending_len += len;
        shim_stdin_push(s);
        return 0;
    case SHIM_REQ_CLOSE_STDIN:
        shim_request_close_stdin(s);
        ack(c, type, 0);
        return 0;
    case SHIM_REQ_RESIZE:
        ack(c, type, len != 4 ? EINVAL : result(shim_resize(s, (unsigned)p[0] << 8 | p[1], (unsigned)p[2] << 8 | p[3])));
        return 0;
    case SHIM_REQ_KILL:
        shim_take_handover(s); /* a process handed over already is the one signalled, even before its helper is reaped */
        ack(c, type, len != 4 ? EINVAL : s->exited ? ESRCH : result(kill(s->child, (int)get32(p))));
        return 0;
    case SHIM_REQ_START:
        ack(c, type, s->exited ? ESRCH : shim_start(s, p, len));
        return 0;
    case SHIM_REQ_STATUS:
        status_payload(s, st);
        send_frame(c, SHIM_RSP_STATUS, st, sizeof st);
        return 0;
    default:
        ack(c, type, EINVAL);
        return 0;
    }
}

void shim_client_process(struct shim *s, struct shim_client *c)
{
    size_t off = 0;
    c->stalled = 0;
    while (c->fd >= 0 && c->in_len - off >= SHIM_FRAME_HEADER) {
        uint32_t len = get32(c->in + off + 1);
        if (len > SHIM_FRAME_MAX_PAYLOAD) {
            shim_client_drop(c);
            return;
        }
        if (c->in_len - off < SHIM_FRAME_HEADER + len)
            break;
        if (handle(s, c, c->in[off], c->in + off + SHIM_FRAME_HEADER, len)) {
            c->stalled = 1;
            break;
        }
        off += SHIM_FRAME_HEADER + len;
    }
    if (c->fd >= 0 && off > 0) {
        memmove(c->in, c->in + off, c->in_len - off);
        c->in_len -= off;
    }
}

void shim_client_readable(struct shim *s, struct shim_client *c)
{
    if (c->stalled)
        return; /* its stdin is delivered first, even if it has hung up meanwhile */
    ssize_t n = recv(c->fd, c->in + c->in_len, sizeof c->in - c->in_len, 0);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
        shim_client_drop(c);
        return;
    }
    if (n > 0) {
        c->in_len += (size_t)n;
        shim_client_process(s, c);
    }
}

void shim_broadcast(struct shim *s, enum shim_stream stream, const unsigned char *buf, size_t len)
{
    for (int i = 0; i < SHIM_MAX_CLIENTS; i++) {
        struct shim_client *c = &s->clients[i];
        if (c->fd >= 0 && c->attached)
            send_frame(c, stream == SHIM_STDOUT ? SHIM_RSP_STDOUT : SHIM_RSP_STDERR, buf, len);
    }
}

void shim_broadcast_exit(struct shim *s)
{
    unsigned char st[SHIM_STATUS_LEN];
    status_payload(s, st);
    for (int i = 0; i < SHIM_MAX_CLIENTS; i++) {
        struct shim_client *c = &s->clients[i];
        if (c->fd >= 0 && c->attached)
            send_frame(c, SHIM_RSP_EXIT, st, sizeof st);
    }
}
