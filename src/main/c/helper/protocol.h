/*
 * The bytes between Java and the helper (spec/helper-protocol.md).
 * Java side: io.drydock.runtime.HelperProtocol. Keep both sides equal;
 * HelperProtocolTest parses this file and compares every DD_ constant.
 */
#ifndef DD_PROTOCOL_H
#define DD_PROTOCOL_H

#define DD_PROTOCOL_VERSION 3
#define DD_MAGIC 0x44445031u /* "DDP1" */

/* limits on a message; a larger one is refused before anything runs */
#define DD_MAX_MESSAGE 16777216u
#define DD_MAX_STEPS 4096u
#define DD_MAX_ARGS 65536u

/* ops run by the helper before clone */
#define DD_OP_SETNS 1            /* path, nstype(u64) */
#define DD_OP_OPEN_EXEC_FIFO 2   /* path: mkfifo 0622, keep it open O_PATH */
#define DD_OP_CLONE 3            /* flags(u64), monitor(u64) */
#define DD_OP_CONSOLE_SOCKET 4   /* path: connect, keep the socket for DD_OP_TERMINAL */
/* ops run by the helper's parent half right after clone */
#define DD_OP_UID_MAP 10         /* map text */
#define DD_OP_GID_MAP 11         /* map text */
#define DD_OP_SETGROUPS_DENY 12  /* - */
#define DD_OP_CGROUP_PROCS 13    /* path of a cgroup.procs file, opened before any setns */
/* ops run by the child, in order */
#define DD_OP_UNSHARE 20         /* flags(u64) */
#define DD_OP_SETHOSTNAME 21     /* name */
#define DD_OP_SETDOMAINNAME 22   /* name */
#define DD_OP_ROOT_PROPAGATION 23 /* flags(u64): mount(NULL, "/", NULL, flags) */
#define DD_OP_ROOTFS 24          /* path: bind it onto itself, keep an fd */
#define DD_OP_MOUNT 25           /* source, dest, fstype, flags(u64), data, create(u64), remount(u64), propagation(u64) */
#define DD_OP_MKNOD 26           /* dest, mode(u64), dev(u64), uid(u64), gid(u64) */
#define DD_OP_SYMLINK 27         /* target, dest */
#define DD_OP_PIVOT_ROOT 28      /* - */
#define DD_OP_MASK_PATH 29       /* path */
#define DD_OP_READONLY_PATH 30   /* path */
#define DD_OP_REMOUNT_ROOT_RO 31 /* - */
#define DD_OP_WRITE_FILE 32      /* path, content */
#define DD_OP_RLIMIT 33          /* resource(u64), soft(u64), hard(u64) */
#define DD_OP_WAIT_START 34      /* - */
#define DD_OP_SETSID 35          /* - */
#define DD_OP_KEEPCAPS 36        /* on(u64) */
#define DD_OP_SETGROUPS 37       /* gid(u64)... */
#define DD_OP_SETGID 38          /* gid(u64) */
#define DD_OP_SETUID 39          /* uid(u64) */
#define DD_OP_UMASK 40           /* mask(u64) */
#define DD_OP_CAP_BOUNDING 41    /* keep(u64), last_cap(u64) */
#define DD_OP_CAPSET 42          /* effective(u64), permitted(u64), inheritable(u64) */
#define DD_OP_CAP_AMBIENT 43     /* raise(u64), last_cap(u64) */
#define DD_OP_NO_NEW_PRIVS 44    /* - */
#define DD_OP_SECCOMP 45         /* struct sock_filter[], flags(u64) of seccomp(SECCOMP_SET_MODE_FILTER) */
#define DD_OP_CLOSE_FDS 46       /* - */
#define DD_OP_CHDIR 47           /* path */
#define DD_OP_EXEC 48            /* path, argc(u64), argv..., env... */
#define DD_OP_LINK_UP 49         /* interface name: set IFF_UP (the loopback of a new netns) */
#define DD_OP_TERMINAL 50        /* rows(u64), cols(u64), console(u64), owner(u64): new pty, master to the console socket, slave as stdio */
#define DD_OP_HOOK_SYNC 51       /* -: send HOOKS, wait for Java's go (prestart, createRuntime hooks) */
#define DD_OP_RUN_HOOK 52        /* path, timeout(u64), state before pid, state after pid, argc(u64), argv..., env... */
#define DD_OP_FIX_STDIO 53       /* uid(u64): fchown fds 0-2 to uid (gid kept) unless owned by it or /dev/null */

/* create values of DD_OP_MOUNT */
#define DD_CREATE_NONE 0
#define DD_CREATE_DIR 1
#define DD_CREATE_FILE 2

/* records the helper sends back: four u32 (kind, a, b, c), native endian */
#define DD_REC_SIZE 16
#define DD_REC_PID 1    /* a = pid of the container's init, as the host sees it */
#define DD_REC_READY 2  /* the init waits for start */
#define DD_REC_FAIL 3   /* a = step index, b = op, c = errno */
#define DD_REC_EXIT 4   /* a = wait status */
#define DD_REC_HOOKS 5  /* the init waits for Java to run the runtime-namespace hooks, then one byte */
#define DD_REC_RUNNING 6 /* the init's sync socket closed without a FAIL: it exec'd (or ended without running) */

/* the step index of a failure of the message as a whole */
#define DD_STEP_MESSAGE 4294967295u
/* errnos of a bad message */
#define DD_ERR_TRUNCATED 74  /* EBADMSG */
#define DD_ERR_UNKNOWN_OP 38 /* ENOSYS */
#define DD_ERR_BAD_ARGS 22   /* EINVAL */
#define DD_ERR_BAD_MAGIC 71  /* EPROTO */
/* errno field of a failed RUN_HOOK that ran and exited non-zero: base + Docker-style status */
#define DD_HOOK_EXIT_BASE 4096

#endif
