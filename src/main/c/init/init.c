/*
 * drydock-init: the tiny init of `docker run --init` (dockerd uses tini as docker-init).
 *
 * The engine bind-mounts this binary read-only at /sbin/docker-init and runs
 *   /sbin/docker-init -- CMD ARGS...
 * as the container's PID 1. It starts CMD as its only child, forwards every signal it receives
 * to that child (so `docker stop` reaches a process that, as PID 1, would ignore SIGTERM), reaps
 * every zombie reparented to it (orphans of the container end up here), and exits with the
 * child's status: its exit code, or 128 + the signal that killed it, as a shell reports it.
 * No policy, no options: what to run is decided by the engine.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int child_status_code(int status) {
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  if (WIFSIGNALED(status)) {
    return 128 + WTERMSIG(status);
  }
  return 1;
}

static pid_t spawn(char **argv, const sigset_t *original) {
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "drydock-init: fork: %s\n", strerror(errno));
    exit(1);
  }
  if (pid == 0) {
    sigprocmask(SIG_SETMASK, original, NULL);
    execvp(argv[0], argv);
    int err = errno;
    fprintf(stderr, "drydock-init: exec %s: %s\n", argv[0], strerror(err));
    _exit(err == ENOENT ? 127 : 126);
  }
  return pid;
}

/* Reaps every exited child; returns 1 and sets *code when the main child was among them. */
static int reap(pid_t main_child, int *code) {
  int found = 0;
  for (;;) {
    int status;
    pid_t pid = waitpid(-1, &status, WNOHANG);
    if (pid <= 0) {
      return found;
    }
    if (pid == main_child) {
      *code = child_status_code(status);
      found = 1;
    }
  }
}

int main(int argc, char **argv) {
  int first = 1;
  if (argc > 1 && strcmp(argv[1], "--") == 0) {
    first = 2;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: %s [--] COMMAND [ARG...]\n", argv[0]);
    return 2;
  }
  sigset_t all;
  sigset_t original;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &original);
  pid_t child = spawn(argv + first, &original);
  int code = 0;
  for (;;) {
    siginfo_t info;
    int sig = sigwaitinfo(&all, &info);
    if (sig < 0) {
      if (errno == EINTR) {
        continue;
      }
      fprintf(stderr, "drydock-init: sigwaitinfo: %s\n", strerror(errno));
      return 1;
    }
    if (sig == SIGCHLD) {
      if (reap(child, &code)) {
        return code;
      }
      continue;
    }
    if (kill(child, sig) < 0 && errno != ESRCH) {
      fprintf(stderr, "drydock-init: forward signal %d: %s\n", sig, strerror(errno));
    }
  }
}
