/*
 * The per-container shim (the role of conmon / containerd-shim), see spec/shim.md.
 *
 * Constants marked "wire" are shared with Java: io.drydock.supervisor.shim.ShimProtocol.
 * ShimProtocolConstantsTest reads this file and fails when the two sides differ.
 */
#ifndef DD_SHIM_H
#define DD_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

int shim_main(int argc, char **argv);

/*
 * wire: a standby shim (drydock-helper shim --standby SOCKET) is bound to its container by one
 * message on its standby socket: length:u32be, then the shim's options and command, each ended by
 * a NUL byte, as they would follow "shim" on a command line. See shim_standby.c.
 */
#define SHIM_STANDBY_MAX_ARGS 65536
/* how long a standby shim waits for its supervisor to connect before it gives up, in ms */
#define SHIM_STANDBY_CONNECT_MS 30000
int shim_standby(const char *socket_path, int (*run)(int argc, char **argv));

/* wire: control socket frame = type:u8 length:u32be payload[length] */
#define SHIM_PROTO_VERSION 1
#define SHIM_FRAME_HEADER 5
#define SHIM_FRAME_MAX_PAYLOAD 32768

/* wire: requests, client -> shim */
#define SHIM_REQ_ATTACH 1
#define SHIM_REQ_STDIN 2
#define SHIM_REQ_CLOSE_STDIN 3
#define SHIM_REQ_RESIZE 4
#define SHIM_REQ_KILL 5
#define SHIM_REQ_STATUS 6
#define SHIM_REQ_START 7

/* wire: replies and events, shim -> client */
#define SHIM_RSP_STDOUT 0x81
#define SHIM_RSP_STDERR 0x82
#define SHIM_RSP_STATUS 0x83
#define SHIM_RSP_ACK 0x84
#define SHIM_RSP_EXIT 0x85

/* wire: state byte of a STATUS / EXIT payload */
#define SHIM_STATE_RUNNING 1
#define SHIM_STATE_EXITED 2
#define SHIM_STATE_CREATED 3

/* wire: length of a STATUS / EXIT payload: pid u32, state u8, exitCode i32, signal u32, exitedAt ns i64 */
#define SHIM_STATUS_LEN 21
/* wire: length of an ACK payload: request type u8, errno i32 */
#define SHIM_ACK_LEN 5

/* the json-file writer's line limit: a longer line is logged in pieces of this size, as dockerd does */
#define SHIM_LOG_LINE_MAX 16384

/* file names inside the state dir */
#define SHIM_FILE_PID "shim.pid"
#define SHIM_FILE_SOCKET "control.sock"
#define SHIM_FILE_EXIT "exit.json"
#define SHIM_FILE_STDIN "stdin"
/* --tty: the console socket on which the command sends its pty master (runc's --console-socket) */
#define SHIM_FILE_CONSOLE "console.sock"

/*
 * --adopt: the environment variable naming the fd (a pipe) on which the command, drydock-helper
 * init, writes the pid (u32, native endian) of the container's init when it leaves it to the shim.
 * Read by shim_hand_over() in the helper; the same idea as runc's _LIBCONTAINER_INITPIPE.
 */
#define SHIM_ENV_HANDOVER "_DRYDOCK_SHIM_HANDOVER_FD"

#define SHIM_MAX_CLIENTS 8
#define SHIM_CLIENT_OUTBUF 65536
#define SHIM_CLIENT_INBUF (SHIM_FRAME_HEADER + SHIM_FRAME_MAX_PAYLOAD)

enum shim_stream { SHIM_STDOUT = 0, SHIM_STDERR = 1 };

struct shim_opts {
    const char *id;
    const char *state_dir;
    const char *log_path;
    long long log_max_size; /* 0: no rotation */
    int log_max_file;
    int log_compress; /* --log-compress: rotated files are gzipped (<path>.N.gz) */
    int no_log; /* --no-log: output goes to attached clients only (the 'none' log driver) */
    int tty;
    int open_stdin;
    int hold; /* --hold: exec only on a START request */
    int adopt; /* --adopt: the command may hand over the container's init, whose exit is then the one recorded */
    unsigned short rows, cols;
    char **argv;
};

struct shim_log {
    int fd;
    const char *path;
    long long size;
    long long max_size;
    int max_file;
    int compress;
    char line[2][SHIM_LOG_LINE_MAX];
    size_t line_len[2];
};

struct shim_client {
    int fd; /* -1: free slot */
    int attached;
    int stalled; /* a STDIN frame waits for room in pending_in */
    unsigned char in[SHIM_CLIENT_INBUF];
    size_t in_len;
    unsigned char *out; /* SHIM_CLIENT_OUTBUF bytes, allocated on attach */
    size_t out_off, out_len;
};

struct shim {
    struct shim_opts opt;
    int state_fd;      /* the state directory, opened at start (its path may change meanwhile) */
    pid_t child;       /* whose exit is recorded: the command, or the init it handed over (--adopt) */
    pid_t helper;      /* --adopt: the command while it runs; its own exit counts only without a hand-over */
    int handover_fd;   /* --adopt: read end of the hand-over pipe, -1 once the init is known or cannot come */
    int go_fd;     /* --hold: writing a byte here lets the child exec; -1 once started */
    int report_fd; /* --hold: the child's exec report (EOF = exec'd, 4 bytes = errno) */
    int exited;
    int exit_code, exit_signal;
    struct timespec exited_at;
    int out_fd[2];  /* stdout/stderr read ends (tty: out_fd[0] is the master once received, out_fd[1] -1) */
    int in_fd;      /* child's stdin write end (tty: dup of the master), -1 when closed or not yet received */
    int fifo_fd;    /* the stdin fifo, opened read-write so writers may come and go */
    int listen_fd;
    int console_listen_fd; /* --tty: DIR/console.sock until a master arrives, else -1 */
    int console_fd;        /* --tty: the accepted connection the master comes on, or -1 */
    int awaiting_master;   /* --tty --stdin: stdin bytes and close-stdin wait for the master instead of being dropped */
    int signal_fd;
    unsigned char pending_in[SHIM_FRAME_MAX_PAYLOAD]; /* stdin bytes waiting for the child to read */
    size_t pending_len;
    int close_stdin_when_drained; /* close-stdin arrived while bytes were still pending */
    struct shim_log log;
    struct shim_client clients[SHIM_MAX_CLIENTS];
};

/* shim_files.c */
int shim_write_atomic(int dirfd, const char *name, const char *data, size_t len);
void shim_format_time(const struct timespec *ts, char out[40]);
int shim_write_exit(struct shim *s);
int shim_write_pid(struct shim *s);
int shim_write_all(int fd, const void *buf, size_t len);
void shim_close_range(unsigned lo, unsigned hi);

/* shim_log.c */
size_t shim_json_escape(const unsigned char *in, size_t len, char *out);
int shim_log_open(struct shim_log *log, const char *path, long long max_size, int max_file, int compress);
void shim_log_feed(struct shim_log *log, enum shim_stream stream, const unsigned char *buf, size_t len);
void shim_log_flush(struct shim_log *log);

/* shim_gzip.c */
int shim_gzip_file(const char *from, const char *to);

/* shim_child.c */
int shim_spawn(struct shim *s, const char **failed_step);
int shim_start(struct shim *s, const unsigned char *argv, size_t len);
void shim_stdin_push(struct shim *s);
void shim_close_stdin(struct shim *s);
void shim_request_close_stdin(struct shim *s);
int shim_resize(struct shim *s, unsigned rows, unsigned cols);

/* shim_ctl.c */
int shim_listen_unix(struct shim *s, const char *name);
int shim_listen(struct shim *s);
void shim_accept(struct shim *s);
void shim_client_readable(struct shim *s, struct shim_client *c);
void shim_client_process(struct shim *s, struct shim_client *c);
void shim_client_writable(struct shim_client *c);
void shim_client_drop(struct shim_client *c);
void shim_broadcast(struct shim *s, enum shim_stream stream, const unsigned char *buf, size_t len);
void shim_broadcast_exit(struct shim *s);

/* shim_console.c */
int shim_console_listen(struct shim *s);
void shim_console_accept(struct shim *s);
void shim_console_readable(struct shim *s);
void shim_console_settle(struct shim *s);
void shim_console_close(struct shim *s);

/* shim_handover.c */
void shim_hand_over(pid_t init);
int shim_handover_pipe(struct shim *s, int fds[2]);
void shim_take_handover(struct shim *s);
int shim_reaped(struct shim *s, pid_t pid);

/* shim_loop.c */
int shim_run(struct shim *s);

#endif
