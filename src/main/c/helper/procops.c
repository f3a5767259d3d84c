/* Steps that shape the process: limits, credentials, capabilities, seccomp, exec. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

static int op_rlimit(const struct dd_step *s)
{
    struct rlimit rl = { .rlim_cur = dd_arg_u64(s, 1), .rlim_max = dd_arg_u64(s, 2) };
    return setrlimit((int)dd_arg_u64(s, 0), &rl);
}

/* Tells Java "created", then blocks until start opens the exec fifo for reading. */
static int op_wait_start(struct dd_child *c)
{
    char path[64];
    if (dd_send_record(c->sync, DD_REC_READY, 0, 0, 0) < 0)
        return -1;
    snprintf(path, sizeof path, "/proc/self/fd/%d", c->fifofd);
    int fd;
    do {
        fd = open(path, O_WRONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return -1;
    close(c->fifofd);
    c->fifofd = -1;
    c->fifo_wr = fd;
    return 0;
}

static int op_setgroups(const struct dd_step *s)
{
    gid_t groups[s->nargs ? s->nargs : 1];
    for (uint32_t i = 0; i < s->nargs; i++)
        groups[i] = (gid_t)dd_arg_u64(s, i);
    return setgroups(s->nargs, groups);
}

/* runc's fixStdioPermissions: a non-root process can reopen the stdio root made for it. */
static int op_fix_stdio(const struct dd_step *s)
{
    uid_t uid = (uid_t)dd_arg_u64(s, 0);
    struct stat null_st;
    int have_null = stat("/dev/null", &null_st) == 0;
    for (int fd = 0; fd <= 2; fd++) {
        struct stat st;
        if (fstat(fd, &st) < 0) {
            if (errno == EBADF)
                continue;
            return -1;
        }
        if (st.st_uid == uid || (have_null && S_ISCHR(st.st_mode) && st.st_rdev == null_st.st_rdev))
            continue;
        if (fchown(fd, uid, st.st_gid) < 0 && errno != EINVAL && errno != EPERM && errno != EROFS)
            return -1;
    }
    return 0;
}

static int op_cap_bounding(const struct dd_step *s)
{
    uint64_t keep = dd_arg_u64(s, 0), last = dd_arg_u64(s, 1);
    for (uint64_t cap = 0; cap <= last && cap < 64; cap++) {
        if (keep & (1ULL << cap))
            continue;
        if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL)
            return -1;
    }
    return 0;
}

static int op_capset(const struct dd_step *s)
{
    struct __user_cap_header_struct hdr = { .version = _LINUX_CAPABILITY_VERSION_3, .pid = 0 };
    struct __user_cap_data_struct data[2];
    uint64_t eff = dd_arg_u64(s, 0), prm = dd_arg_u64(s, 1), inh = dd_arg_u64(s, 2);
    for (int i = 0; i < 2; i++) {
        data[i].effective = (uint32_t)(eff >> (32 * i));
        data[i].permitted = (uint32_t)(prm >> (32 * i));
        data[i].inheritable = (uint32_t)(inh >> (32 * i));
    }
    return (int)syscall(SYS_capset, &hdr, data);
}

static int op_cap_ambient(const struct dd_step *s)
{
    uint64_t raise = dd_arg_u64(s, 0), last = dd_arg_u64(s, 1);
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && raise == 0)
        return errno == EINVAL ? 0 : -1;
    for (uint64_t cap = 0; cap <= last && cap < 64; cap++)
        if ((raise & (1ULL << cap)) && prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0) < 0)
            return -1;
    return 0;
}

static int op_seccomp(const struct dd_step *s)
{
    if (s->lens[0] == 0 || s->lens[0] % sizeof(struct sock_filter) != 0) {
        errno = EINVAL;
        return -1;
    }
    struct sock_filter *filter = malloc(s->lens[0]);
    if (!filter)
        return -1;
    memcpy(filter, s->args[0], s->lens[0]);
    struct sock_fprog prog = { .len = (unsigned short)(s->lens[0] / sizeof(struct sock_filter)), .filter = filter };
    unsigned long flags = (unsigned long)dd_arg_u64(s, 1);
    long rc = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
    int saved = errno;
    free(filter);
    errno = saved;
    if (rc > 0) {
        /* TSYNC answers with the id of a thread it could not sync */
        errno = ESRCH;
        return -1;
    }
    return rc == 0 ? 0 : -1;
}

/* Every fd above stderr becomes close-on-exec: nothing of the host leaks into
 * the container (CVE-2024-21626), yet the fifo and sync fds keep working
 * until exec. */
static int op_close_fds(void)
{
    if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return 0;
    for (int fd = 3; fd < 65536; fd++)
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    return 0;
}

static int op_link_up(const struct dd_step *s)
{
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    if (strlen(dd_arg_str(s, 0)) >= sizeof ifr.ifr_name) {
        errno = ENAMETOOLONG;
        return -1;
    }
    strcpy(ifr.ifr_name, dd_arg_str(s, 0));
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    int rc = ioctl(fd, SIOCGIFFLAGS, &ifr);
    if (rc == 0) {
        ifr.ifr_flags |= IFF_UP;
        rc = ioctl(fd, SIOCSIFFLAGS, &ifr);
    }
    int saved = errno;
    close(fd);
    errno = saved;
    return rc;
}

/*
 * runc's LookPath of the path to exec, in the process's own view: what it finds is the step's
 * failure (ENOENT and the like from stat; EACCES for a directory or a file without an execute
 * bit), so a start or an exec fails with runc's words.
 */
static int check_executable(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return -1;
    if (S_ISDIR(st.st_mode) || (st.st_mode & 0111) == 0) {
        errno = EACCES;
        return -1;
    }
    return 0;
}

/*
 * After the check, runc's init reports a failed execve (a missing interpreter, a bad format) on
 * the process's own stderr, as Go words it, and exits 1: the start or exec had succeeded.
 */
static void exec_failed(const char *path, int err)
{
    char text[128];
    snprintf(text, sizeof text, "%s", strerror(err));
    if (text[0] >= 'A' && text[0] <= 'Z')
        text[0] = (char)(text[0] - 'A' + 'a');
    dprintf(2, "exec %s: %s\n", path, text);
    _exit(1);
}

static int op_exec(const struct dd_step *s)
{
    if (check_executable(dd_arg_str(s, 0)) < 0)
        return -1;
    uint64_t argc = dd_arg_u64(s, 1);
    if (argc == 0 || argc > s->nargs - 2) {
        errno = EINVAL;
        return -1;
    }
    uint32_t envc = s->nargs - 2 - (uint32_t)argc;
    char **argv = calloc(argc + 1, sizeof *argv), **envp = calloc(envc + 1, sizeof *envp);
    if (!argv || !envp)
        return -1;
    for (uint32_t i = 0; i < argc; i++)
        argv[i] = (char *)dd_arg_str(s, 2 + i);
    for (uint32_t i = 0; i < envc; i++)
        envp[i] = (char *)dd_arg_str(s, 2 + (uint32_t)argc + i);
    execve(dd_arg_str(s, 0), argv, envp);
    exec_failed(dd_arg_str(s, 0), errno);
    return -1;
}

int dd_proc_step(struct dd_child *c, const struct dd_step *s)
{
    switch (s->op) {
    case DD_OP_UNSHARE:
        return unshare((int)dd_arg_u64(s, 0));
    case DD_OP_SETHOSTNAME:
        return sethostname(dd_arg_str(s, 0), strlen(dd_arg_str(s, 0)));
    case DD_OP_SETDOMAINNAME:
        return setdomainname(dd_arg_str(s, 0), strlen(dd_arg_str(s, 0)));
    case DD_OP_RLIMIT:
        return op_rlimit(s);
    case DD_OP_WAIT_START:
        return op_wait_start(c);
    case DD_OP_SETSID:
        return setsid() < 0 ? -1 : 0;
    case DD_OP_KEEPCAPS:
        return prctl(PR_SET_KEEPCAPS, dd_arg_u64(s, 0), 0, 0, 0);
    case DD_OP_SETGROUPS:
        return op_setgroups(s);
    case DD_OP_FIX_STDIO:
        return op_fix_stdio(s);
    case DD_OP_SETGID:
        return setresgid((gid_t)dd_arg_u64(s, 0), (gid_t)dd_arg_u64(s, 0), (gid_t)dd_arg_u64(s, 0));
    case DD_OP_SETUID:
        return setresuid((uid_t)dd_arg_u64(s, 0), (uid_t)dd_arg_u64(s, 0), (uid_t)dd_arg_u64(s, 0));
    case DD_OP_UMASK:
        umask((mode_t)dd_arg_u64(s, 0));
        return 0;
    case DD_OP_CAP_BOUNDING:
        return op_cap_bounding(s);
    case DD_OP_CAPSET:
        return op_capset(s);
    case DD_OP_CAP_AMBIENT:
        return op_cap_ambient(s);
    case DD_OP_NO_NEW_PRIVS:
        return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    case DD_OP_SECCOMP:
        return op_seccomp(s);
    case DD_OP_CLOSE_FDS:
        return op_close_fds();
    case DD_OP_CHDIR:
        return chdir(dd_arg_str(s, 0));
    case DD_OP_EXEC:
        return op_exec(s);
    case DD_OP_LINK_UP:
        return op_link_up(s);
    case DD_OP_TERMINAL:
        return dd_op_terminal(c, s);
    case DD_OP_HOOK_SYNC:
        return dd_op_hook_sync(c);
    case DD_OP_RUN_HOOK:
        return dd_op_run_hook(s);
    default:
        return dd_fs_step(c, s);
    }
}
