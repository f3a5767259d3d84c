/* Small files of the shim: pid file and exit status, written temp + rename (atomic, not fsynced). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "shim.h"

/* close_range(2), with a loop where the kernel is older than 5.9 */
void shim_close_range(unsigned lo, unsigned hi)
{
    if (close_range(lo, hi, 0) == 0 || errno != ENOSYS)
        return;
    long max = sysconf(_SC_OPEN_MAX);
    for (long fd = lo; fd < max && fd <= (long)hi; fd++)
        close((int)fd);
}

int shim_write_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
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

/*
 * Relative to the state directory's fd, opened once at start: the path the shim was given may stop
 * leading there while it runs (the daemon reaches a long exec root through a /run/dd-<hash>
 * symlink that it removes when it stops), and the exit status must still land in the directory.
 *
 * Atomic (a reader sees the old file or the new one) but not fsynced: the state directory is under
 * the exec root, volatile state as the supervisor's task.json and the runtime's state.json. A dead
 * daemon (kill -9 included) finds both files in the page cache; only a machine crash can lose them,
 * and it ends the shim and the container they describe, whose record then says so (containerd's
 * 255 for a task whose shim is gone). An fsync of the file and one of the directory cost two disk
 * flushes on the start path (shim.pid) and two on the path to `wait` (exit.json).
 */
int shim_write_atomic(int dirfd, const char *name, const char *data, size_t len)
{
    char tmp[NAME_MAX + 1];
    if (snprintf(tmp, sizeof tmp, ".%s.tmp", name) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    if (shim_write_all(fd, data, len) < 0) {
        int e = errno;
        close(fd);
        unlinkat(dirfd, tmp, 0);
        errno = e;
        return -1;
    }
    close(fd);
    if (renameat(dirfd, tmp, dirfd, name) < 0) {
        int e = errno;
        unlinkat(dirfd, tmp, 0);
        errno = e;
        return -1;
    }
    return 0;
}

/* RFC 3339 with nine fractional digits in UTC, the form Go's time.RFC3339Nano parses */
void shim_format_time(const struct timespec *ts, char out[40])
{
    struct tm tm;
    time_t secs = ts->tv_sec;
    gmtime_r(&secs, &tm);
    size_t n = strftime(out, 40, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out + n, 40 - n, ".%09ldZ", ts->tv_nsec);
}

int shim_write_exit(struct shim *s)
{
    char when[40], buf[160];
    shim_format_time(&s->exited_at, when);
    int n = snprintf(buf, sizeof buf,
                     "{\"exitCode\":%d,\"signal\":%d,\"exitedAt\":\"%s\",\"oomKilled\":false}\n",
                     s->exit_code, s->exit_signal, when);
    return shim_write_atomic(s->state_fd, SHIM_FILE_EXIT, buf, (size_t)n);
}

int shim_write_pid(struct shim *s)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%d\n", (int)getpid());
    return shim_write_atomic(s->state_fd, SHIM_FILE_PID, buf, (size_t)n);
}
