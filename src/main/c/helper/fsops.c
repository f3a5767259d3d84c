/*
 * Steps that build the container's filesystem. Every destination inside the
 * rootfs is opened with openat2(RESOLVE_IN_ROOT) and mounted on through
 * /proc/self/fd/N, so a symlink in the rootfs can never send a mount outside
 * it (CVE-2021-30465).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"

static int root_fd(struct dd_child *c)
{
    if (c->rootfd >= 0)
        return fcntl(c->rootfd, F_DUPFD_CLOEXEC, 3);
    return open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
}

static int open_in(int root, const char *path, int flags)
{
    struct open_how how = {
        .flags = (uint64_t)(flags | O_CLOEXEC),
        .resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
    };
    int fd;
    do {
        fd = (int)syscall(SYS_openat2, root, path, &how, sizeof how);
    } while (fd < 0 && errno == EAGAIN);
    return fd;
}

static void fd_path(char *buf, size_t len, int fd)
{
    snprintf(buf, len, "/proc/self/fd/%d", fd);
}

static int make_component(int parent, const char *name, int as_file)
{
    if (as_file) {
        int fd = openat(parent, name, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd >= 0)
            close(fd);
        return fd < 0 && errno != EEXIST ? -1 : 0;
    }
    return mkdirat(parent, name, 0755) < 0 && errno != EEXIST ? -1 : 0;
}

/* Creates one missing component of path: the one ending at end, starting at start. */
static int make_missing(int root, const char *path, size_t start, size_t end, int as_file)
{
    char parent[PATH_MAX], name[NAME_MAX + 1];
    if (end - start > NAME_MAX) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(parent, path, start);
    parent[start] = '\0';
    memcpy(name, path + start, end - start);
    name[end - start] = '\0';
    int pfd = open_in(root, start ? parent : "/", O_PATH);
    if (pfd < 0)
        return -1;
    int rc = make_component(pfd, name, as_file);
    close(pfd);
    return rc;
}

/* Opens path inside root (O_PATH), creating missing components as asked;
 * each prefix is resolved from the root again, so a symlink stays inside. */
static int ensure_path(int root, const char *path, int create)
{
    int fd = open_in(root, path, O_PATH);
    if (fd >= 0 || errno != ENOENT || create == DD_CREATE_NONE)
        return fd;
    char prefix[PATH_MAX];
    size_t n = strlen(path), i = 0;
    if (n >= sizeof prefix) {
        errno = ENAMETOOLONG;
        return -1;
    }
    while (i < n) {
        while (i < n && path[i] == '/')
            i++;
        size_t start = i;
        while (i < n && path[i] != '/')
            i++;
        if (i == start)
            break;
        memcpy(prefix, path, i);
        prefix[i] = '\0';
        int next = open_in(root, prefix, O_PATH);
        if (next >= 0) {
            close(next);
            continue;
        }
        if (errno != ENOENT)
            return -1;
        size_t j = i;
        while (j < n && path[j] == '/')
            j++;
        if (make_missing(root, path, start, i, j == n && create == DD_CREATE_FILE) < 0)
            return -1;
    }
    return open_in(root, path, O_PATH);
}

static unsigned long locked_flags(const char *target)
{
    struct statvfs st;
    unsigned long f = 0;
    if (statvfs(target, &st) < 0)
        return 0;
    if (st.f_flag & ST_NOSUID)
        f |= MS_NOSUID;
    if (st.f_flag & ST_NODEV)
        f |= MS_NODEV;
    if (st.f_flag & ST_NOEXEC)
        f |= MS_NOEXEC;
    return f;
}

static int remount(int root, const char *dest, unsigned long flags)
{
    char target[64];
    int fd = ensure_path(root, dest, DD_CREATE_NONE);
    if (fd < 0)
        return -1;
    fd_path(target, sizeof target, fd);
    int rc = mount(NULL, target, NULL, MS_REMOUNT | MS_BIND | flags | locked_flags(target), NULL);
    close(fd);
    return rc;
}

static int op_mount(struct dd_child *c, const struct dd_step *s)
{
    const char *src = dd_arg_str(s, 0), *dest = dd_arg_str(s, 1), *type = dd_arg_str(s, 2);
    unsigned long flags = dd_arg_u64(s, 3), again = dd_arg_u64(s, 6), prop = dd_arg_u64(s, 7);
    const char *data = dd_arg_str(s, 4);
    int root = root_fd(c);
    int fd = root < 0 ? -1 : ensure_path(root, dest, (int)dd_arg_u64(s, 5));
    int rc = -1;
    if (fd >= 0) {
        char target[64];
        fd_path(target, sizeof target, fd);
        rc = mount(*src ? src : NULL, target, *type ? type : NULL, flags, *data ? data : NULL);
        close(fd);
    }
    if (rc == 0 && again)
        rc = remount(root, dest, again);
    if (rc == 0 && prop) {
        int pfd = ensure_path(root, dest, DD_CREATE_NONE);
        char target[64];
        fd_path(target, sizeof target, pfd);
        rc = pfd < 0 ? -1 : mount(NULL, target, NULL, prop, NULL);
        if (pfd >= 0)
            close(pfd);
    }
    if (root >= 0)
        close(root);
    return rc;
}

/* the parent directory of dest, created inside the root, and dest's last name */
static int open_parent(struct dd_child *c, const char *dest, char *name, size_t len)
{
    char dir[PATH_MAX];
    const char *slash = strrchr(dest, '/');
    if (!slash || strlen(slash + 1) == 0 || strlen(slash + 1) >= len || (size_t)(slash - dest) >= sizeof dir) {
        errno = EINVAL;
        return -1;
    }
    strcpy(name, slash + 1);
    memcpy(dir, dest, (size_t)(slash - dest));
    dir[slash - dest] = '\0';
    int root = root_fd(c);
    if (root < 0)
        return -1;
    int fd = ensure_path(root, dir[0] ? dir : "/", DD_CREATE_DIR);
    close(root);
    if (fd < 0)
        return -1;
    /* O_PATH cannot be used with mknodat/symlinkat on every kernel: reopen as a directory */
    char p[64];
    fd_path(p, sizeof p, fd);
    int dfd = open(p, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    close(fd);
    return dfd;
}

static int op_mknod(struct dd_child *c, const struct dd_step *s)
{
    char name[NAME_MAX + 1];
    int dir = open_parent(c, dd_arg_str(s, 0), name, sizeof name);
    if (dir < 0)
        return -1;
    int rc = mknodat(dir, name, (mode_t)dd_arg_u64(s, 1), (dev_t)dd_arg_u64(s, 2));
    if (rc < 0 && errno == EEXIST)
        rc = 0;
    if (rc == 0)
        rc = fchownat(dir, name, (uid_t)dd_arg_u64(s, 3), (gid_t)dd_arg_u64(s, 4), AT_SYMLINK_NOFOLLOW);
    if (rc == 0)
        rc = fchmodat(dir, name, (mode_t)dd_arg_u64(s, 1) & 07777, 0);
    close(dir);
    return rc;
}

static int op_symlink(struct dd_child *c, const struct dd_step *s)
{
    char name[NAME_MAX + 1];
    int dir = open_parent(c, dd_arg_str(s, 1), name, sizeof name);
    if (dir < 0)
        return -1;
    int rc = symlinkat(dd_arg_str(s, 0), dir, name);
    if (rc < 0 && errno == EEXIST)
        rc = 0;
    close(dir);
    return rc;
}

static int op_rootfs(struct dd_child *c, const struct dd_step *s)
{
    const char *path = dd_arg_str(s, 0);
    if (mount(path, path, NULL, MS_BIND | MS_REC, NULL) < 0)
        return -1;
    c->rootfd = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
    return c->rootfd < 0 ? -1 : 0;
}

static int op_pivot_root(struct dd_child *c)
{
    if (fchdir(c->rootfd) < 0 || syscall(SYS_pivot_root, ".", ".") < 0)
        return -1;
    if (mount(NULL, ".", NULL, MS_SLAVE | MS_REC, NULL) < 0 || umount2(".", MNT_DETACH) < 0)
        return -1;
    close(c->rootfd);
    c->rootfd = -1;
    return chdir("/");
}

/* masked and read-only paths: a missing path is not an error (runc skips it too) */
static int op_mask(struct dd_child *c, const struct dd_step *s, int readonly)
{
    int root = root_fd(c);
    int fd = root < 0 ? -1 : open_in(root, dd_arg_str(s, 0), O_PATH);
    if (root >= 0)
        close(root);
    if (fd < 0)
        return errno == ENOENT ? 0 : -1;
    char target[64];
    struct stat st;
    fd_path(target, sizeof target, fd);
    int rc = fstat(fd, &st);
    if (rc == 0 && readonly)
        rc = mount(target, target, NULL, MS_BIND | MS_REC, NULL);
    else if (rc == 0 && S_ISDIR(st.st_mode))
        rc = mount("tmpfs", target, "tmpfs", MS_RDONLY, NULL);
    else if (rc == 0)
        rc = mount("/dev/null", target, NULL, MS_BIND, NULL);
    close(fd);
    if (rc == 0 && readonly) {
        root = root_fd(c);
        rc = root < 0 ? -1 : remount(root, dd_arg_str(s, 0), MS_RDONLY | MS_REC);
        if (root >= 0)
            close(root);
    }
    return rc;
}

static int op_write_file(const struct dd_step *s)
{
    const char *content = dd_arg_str(s, 1);
    int fd = open(dd_arg_str(s, 0), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return -1;
    ssize_t n = write(fd, content, strlen(content));
    int saved = errno;
    close(fd);
    errno = saved;
    return n < 0 ? -1 : 0;
}

int dd_fs_step(struct dd_child *c, const struct dd_step *s)
{
    switch (s->op) {
    case DD_OP_ROOT_PROPAGATION:
        return mount(NULL, "/", NULL, dd_arg_u64(s, 0), NULL);
    case DD_OP_ROOTFS:
        return op_rootfs(c, s);
    case DD_OP_MOUNT:
        return op_mount(c, s);
    case DD_OP_MKNOD:
        return op_mknod(c, s);
    case DD_OP_SYMLINK:
        return op_symlink(c, s);
    case DD_OP_PIVOT_ROOT:
        return op_pivot_root(c);
    case DD_OP_MASK_PATH:
        return op_mask(c, s, 0);
    case DD_OP_READONLY_PATH:
        return op_mask(c, s, 1);
    case DD_OP_REMOUNT_ROOT_RO:
        return mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | locked_flags("/"), NULL);
    case DD_OP_WRITE_FILE:
        return op_write_file(s);
    default:
        errno = ENOSYS;
        return -1;
    }
}
