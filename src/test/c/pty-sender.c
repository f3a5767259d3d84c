/*
 * pty-sender: test-only stand-in for drydock's helper under `shim --tty` (ShimStdioTest), without
 * namespaces. Opens a new pty, sends its master over the unix socket SOCKET with SCM_RIGHTS (as
 * the helper's TERMINAL step does), then runs COMMAND in a new session with the slave as its
 * stdin, stdout, stderr and controlling terminal.
 *
 *   pty-sender SOCKET COMMAND [ARG...]
 *
 * Exit 127 with a message on stderr when any step fails.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int fail(const char *what) {
  fprintf(stderr, "pty-sender: %s: %s\n", what, strerror(errno));
  return 127;
}

static int send_master(const char *path, int master) {
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  if (strlen(path) >= sizeof addr.sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  strcpy(addr.sun_path, path);
  int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (sock < 0 || connect(sock, (struct sockaddr *)&addr, sizeof addr) < 0)
    return -1;
  char name[] = "pty";
  char control[CMSG_SPACE(sizeof(int))];
  memset(control, 0, sizeof control);
  struct iovec iov = {.iov_base = name, .iov_len = sizeof name - 1};
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control};
  struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
  cm->cmsg_level = SOL_SOCKET;
  cm->cmsg_type = SCM_RIGHTS;
  cm->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cm), &master, sizeof master);
  int rc = sendmsg(sock, &msg, MSG_NOSIGNAL) < 0 ? -1 : 0;
  close(sock);
  return rc;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: pty-sender SOCKET COMMAND [ARG...]\n");
    return 2;
  }
  int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0 || grantpt(master) < 0 || unlockpt(master) < 0)
    return fail("open a pty");
  char *slave_name = ptsname(master);
  if (!slave_name)
    return fail("ptsname");
  if (setsid() < 0 && getsid(0) != getpid()) /* the shim's child already leads a session of its own */
    return fail("setsid");
  int slave = open(slave_name, O_RDWR);
  if (slave < 0 || ioctl(slave, TIOCSCTTY, 0) < 0)
    return fail("open the slave as controlling terminal");
  if (send_master(argv[1], master) < 0)
    return fail("send the master");
  close(master);
  if (dup2(slave, 0) < 0 || dup2(slave, 1) < 0 || dup2(slave, 2) < 0)
    return fail("dup2");
  if (slave > 2)
    close(slave);
  execvp(argv[2], argv + 2);
  return fail("exec");
}
