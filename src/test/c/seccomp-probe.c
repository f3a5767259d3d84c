/*
 * seccomp-probe: test-only helper for SeccompKernelTest. Installs the classic-BPF program in FILE
 * (an array of little-endian struct sock_filter, as SeccompCompiler's BpfProgram.bytes() writes
 * it) with no_new_privs, then makes one system call and prints "result=<errno>" (0 = success).
 *
 *   seccomp-probe FILE mkdirat PATH   mkdirat(AT_FDCWD, PATH, 0700)
 *   seccomp-probe FILE x32-mkdir PATH mkdir with the x32 syscall bit set (x86_64 only)
 *   seccomp-probe FILE unshare        unshare(CLONE_NEWUTS)
 *
 * Exit 0 after printing the result, 2 when the filter could not be read or installed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_FILTER (4096 * sizeof(struct sock_filter))

static unsigned char filter_bytes[MAX_FILTER];

static int fail(const char *what) {
  fprintf(stderr, "seccomp-probe: %s: %s\n", what, strerror(errno));
  return 2;
}

static long read_filter(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return -1;
  }
  ssize_t total = 0;
  ssize_t n;
  while ((n = read(fd, filter_bytes + total, MAX_FILTER - (size_t)total)) > 0) {
    total += n;
  }
  close(fd);
  return n < 0 ? -1 : (long)total;
}

static long probe(const char *action, const char *arg) {
  if (strcmp(action, "mkdirat") == 0) {
    return syscall(SYS_mkdirat, AT_FDCWD, arg, 0700);
  }
  if (strcmp(action, "unshare") == 0) {
    return syscall(SYS_unshare, CLONE_NEWUTS);
  }
#ifdef __x86_64__
  if (strcmp(action, "x32-mkdir") == 0) {
    return syscall(0x40000000 | SYS_mkdir, arg, 0700);
  }
#endif
  errno = EINVAL;
  return -2;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: seccomp-probe FILE ACTION [PATH]\n");
    return 2;
  }
  long size = read_filter(argv[1]);
  if (size <= 0 || size % (long)sizeof(struct sock_filter) != 0) {
    return fail("reading the filter");
  }
  struct sock_fprog prog = {
      .len = (unsigned short)(size / (long)sizeof(struct sock_filter)),
      .filter = (struct sock_filter *)filter_bytes,
  };
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    return fail("PR_SET_NO_NEW_PRIVS");
  }
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
    return fail("seccomp(SECCOMP_SET_MODE_FILTER)");
  }
  long rc = probe(argv[2], argc > 3 ? argv[3] : "");
  if (rc == -2) {
    return fail("unknown action");
  }
  char line[32];
  int len = snprintf(line, sizeof line, "result=%d\n", rc < 0 ? errno : 0);
  return write(STDOUT_FILENO, line, (size_t)len) == len ? 0 : 2;
}
