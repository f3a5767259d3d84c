/* Fixed-size records from the helper to Java: never free text. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"

static int write_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == ENOTSOCK)
            n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int dd_send_record(int fd, uint32_t kind, uint32_t a, uint32_t b, int32_t c)
{
    uint32_t rec[4] = { kind, a, b, (uint32_t)c };
    if (fd < 0)
        return -1;
    return write_all(fd, rec, sizeof rec);
}

/* 1 = a record, 0 = end of stream, -1 = error */
int dd_read_record(int fd, uint32_t rec[4])
{
    size_t got = 0;
    while (got < DD_REC_SIZE) {
        ssize_t n = read(fd, (char *)rec + got, DD_REC_SIZE - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            return got == 0 ? 0 : -1;
        got += (size_t)n;
    }
    return 1;
}
