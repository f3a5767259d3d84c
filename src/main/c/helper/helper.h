/* Internal interfaces of drydock-helper's init half. */
#ifndef DD_HELPER_H
#define DD_HELPER_H
#include <stddef.h>
#include <stdint.h>

struct dd_step {
    uint32_t op;
    uint32_t nargs;
    const uint8_t **args;
    uint32_t *lens;
};

struct dd_plan {
    struct dd_step *steps;
    uint32_t nsteps;
};

/* where a step runs; decided by its op alone */
enum dd_phase { DD_PHASE_PRECLONE, DD_PHASE_PARENT, DD_PHASE_CHILD };

/* message.c */
/* reads exactly len bytes; -1 on error or on EOF before them */
int dd_read_full(int fd, void *buf, size_t len);
int dd_read_message(int fd, struct dd_plan *plan, uint32_t *bad_step, uint32_t *bad_op, int *err);
int dd_phase_of(uint32_t op);
const char *dd_arg_str(const struct dd_step *s, uint32_t i);
uint64_t dd_arg_u64(const struct dd_step *s, uint32_t i);

/* report.c */
int dd_send_record(int fd, uint32_t kind, uint32_t a, uint32_t b, int32_t c);
int dd_read_record(int fd, uint32_t rec[4]);

/* state shared by the child's steps */
struct dd_child {
    int rootfd;     /* the rootfs, O_PATH, before pivot_root; -1 after */
    int fifofd;     /* exec fifo, O_PATH, or -1 */
    int fifo_wr;    /* exec fifo opened for writing after start, or -1 */
    int sync;       /* socket to the helper parent */
    int consolefd;  /* the console socket (DD_OP_CONSOLE_SOCKET), or -1 */
};

/* fsops.c: steps that build the container's filesystem */
int dd_fs_step(struct dd_child *c, const struct dd_step *s);
/* procops.c: steps that shape the process */
int dd_proc_step(struct dd_child *c, const struct dd_step *s);
/* selfclone.c: re-exec from a sealed memfd copy (CVE-2019-5736) */
int dd_ensure_sealed_self(char **argv, char **envp);
/* tty.c: the container's terminal and the console socket */
int dd_op_terminal(struct dd_child *c, const struct dd_step *s);
int dd_send_fd(int sock, const char *name, int fd);
int dd_recv_fd(int sock, int flags);
int recvtty_main(int argc, char **argv);
int dd_bind_unix(const char *path);
/* hooks.c: hooks run by the init (createContainer, startContainer) */
int dd_op_hook_sync(struct dd_child *c);
int dd_op_run_hook(const struct dd_step *s);
/* init.c */
int dd_connect_unix(const char *path);
int init_main(int argc, char **argv, char **envp);
#endif
