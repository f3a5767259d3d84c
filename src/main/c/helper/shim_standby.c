/*
 * A standby shim: started, daemonized and listening before any container is known, so that a
 * container's start does not wait for a shim's process start (exec of the helper, setsid, fork).
 *
 * It reports ready on fd 3 as a shim does (pid 0: no command yet), then waits for one connection
 * on its standby socket, reads its options and command from it (SHIM_STANDBY_* in shim.h), and
 * becomes that container's shim with the connection as its report channel: the supervisor reads
 * the usual report line on the connection it bound the shim with. A connection that closes
 * before the message is complete (the supervisor ended or drained its standby shims), or none
 * within SHIM_STANDBY_CONNECT_MS, ends the standby shim; it leaves no file behind.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "helper.h"
#include "shim.h"

static int listen_at(const char *path)
{
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    if (snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path) >= (int)sizeof addr.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    unlink(path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(fd, 1) < 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

/* the NUL-ended strings of buf[0..len) as argv[1..], argv[0] = "shim"; NULL when malformed */
static char **split_args(char *buf, size_t len, int *argc)
{
    if (len == 0 || buf[len - 1] != '\0')
        return NULL;
    int n = 1;
    for (size_t i = 0; i < len; i++)
        n += buf[i] == '\0';
    char **argv = calloc((size_t)n + 1, sizeof *argv);
    if (!argv)
        return NULL;
    argv[0] = "shim";
    int k = 1;
    for (size_t i = 0; i < len; i += strlen(buf + i) + 1)
        argv[k++] = buf + i;
    *argc = k;
    return argv;
}

int shim_standby(const char *socket_path, int (*run)(int argc, char **argv))
{
    int lfd = listen_at(socket_path);
    char ok[96];
    int n = lfd < 0 ? snprintf(ok, sizeof ok, "{\"ok\":false,\"step\":\"standby-socket\",\"errno\":%d}\n", errno)
                    : snprintf(ok, sizeof ok, "{\"ok\":true,\"shimPid\":%d,\"pid\":0}\n", (int)getpid());
    shim_write_all(3, ok, (size_t)n);
    close(3);
    if (lfd < 0)
        return 1;
    struct pollfd p = { .fd = lfd, .events = POLLIN };
    int ready;
    while ((ready = poll(&p, 1, SHIM_STANDBY_CONNECT_MS)) < 0 && errno == EINTR)
        ;
    int conn = ready > 0 ? accept4(lfd, NULL, NULL, SOCK_CLOEXEC) : -1;
    close(lfd);
    unlink(socket_path);
    if (conn < 0)
        return 0;
    unsigned char head[4];
    if (dd_read_full(conn, head, sizeof head) < 0)
        return 0;
    size_t len = (size_t)head[0] << 24 | (size_t)head[1] << 16 | (size_t)head[2] << 8 | head[3];
    char *buf = len <= SHIM_STANDBY_MAX_ARGS ? malloc(len + 1) : NULL;
    int argc = 0;
    char **argv = NULL;
    if (buf && dd_read_full(conn, buf, len) == 0)
        argv = split_args(buf, len, &argc);
    if (!argv) {
        n = snprintf(ok, sizeof ok, "{\"ok\":false,\"step\":\"standby-bind\",\"errno\":%d}\n", EINVAL);
        shim_write_all(conn, ok, (size_t)n);
        return 1;
    }
    if (dup2(conn, 3) < 0)
        return 1;
    if (conn != 3)
        close(conn);
    return run(argc, argv);
}
