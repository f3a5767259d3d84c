/*
 * Compresses a rotated log file (the 'local' driver's and json-file's compress option): written to
 * <to>.tmp and renamed, so a reader sees either no <to> or a whole one. Fast level: the shim does
 * this between two reads of the container's output.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>
#include <zlib.h>

#include "shim.h"

int shim_gzip_file(const char *from, const char *to)
{
    char tmp[PATH_MAX];
    static char buf[65536];
    if (snprintf(tmp, sizeof tmp, "%s.tmp", to) >= (int)sizeof tmp)
        return -1;
    int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return -1;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640); /* as the live log */
    gzFile out = fd < 0 ? NULL : gzdopen(fd, "wb1");
    if (!out) {
        if (fd >= 0)
            close(fd);
        close(in);
        return -1;
    }
    int ok = 1;
    ssize_t n;
    while (ok && (n = read(in, buf, sizeof buf)) > 0)
        ok = gzwrite(out, buf, (unsigned)n) == (int)n;
    if (n < 0)
        ok = 0;
    close(in);
    if (gzclose(out) != Z_OK)
        ok = 0;
    if (!ok || rename(tmp, to) < 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}
