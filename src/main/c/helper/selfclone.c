/*
 * CVE-2019-5736: a container process could open /proc/<helper>/exe and
 * overwrite the host's helper binary. The helper therefore re-executes itself
 * from a sealed memfd copy before it touches any container: what the
 * container can reach through /proc/self/exe is that read-only copy.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "helper.h"

#define DD_SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)

static int is_sealed(int fd)
{
    int seals = fcntl(fd, F_GET_SEALS);
    return seals >= 0 && (seals & DD_SEALS) == DD_SEALS;
}

static int copy_all(int from, int to)
{
    struct stat st;
    if (fstat(from, &st) < 0)
        return -1;
    off_t left = st.st_size;
    while (left > 0) {
        ssize_t n = sendfile(to, from, NULL, (size_t)left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        left -= n;
    }
    return 0;
}

/* Returns only on failure, or when already running from a sealed copy (0). */
int dd_ensure_sealed_self(char **argv, char **envp)
{
    int self = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (self < 0)
        return -1;
    if (is_sealed(self)) {
        close(self);
        return 0;
    }
    int mfd = memfd_create("drydock-helper", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (mfd < 0 || copy_all(self, mfd) < 0 || fcntl(mfd, F_ADD_SEALS, DD_SEALS) < 0)
        return -1;
    close(self);
    syscall(SYS_execveat, mfd, "", argv, envp, AT_EMPTY_PATH);
    return -1;
}
