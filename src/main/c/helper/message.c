/*
 * Decoding of the one binary message Java sends (spec/helper-protocol.md).
 * The whole message is checked before any step runs: a truncated message,
 * an unknown op or a malformed argument runs nothing.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helper.h"
#include "protocol.h"

struct op_info {
    uint32_t op;
    int phase;
    /* s = string, u = u64, b = bytes; a trailing '*' repeats the previous kind */
    const char *sig;
};

static const struct op_info OPS[] = {
    { DD_OP_SETNS, DD_PHASE_PRECLONE, "su" },
    { DD_OP_OPEN_EXEC_FIFO, DD_PHASE_PRECLONE, "s" },
    { DD_OP_CLONE, DD_PHASE_PRECLONE, "uu" },
    { DD_OP_CONSOLE_SOCKET, DD_PHASE_PRECLONE, "s" },
    { DD_OP_UID_MAP, DD_PHASE_PARENT, "s" },
    { DD_OP_GID_MAP, DD_PHASE_PARENT, "s" },
    { DD_OP_SETGROUPS_DENY, DD_PHASE_PARENT, "" },
    { DD_OP_CGROUP_PROCS, DD_PHASE_PARENT, "s" },
    { DD_OP_UNSHARE, DD_PHASE_CHILD, "u" },
    { DD_OP_SETHOSTNAME, DD_PHASE_CHILD, "s" },
    { DD_OP_SETDOMAINNAME, DD_PHASE_CHILD, "s" },
    { DD_OP_ROOT_PROPAGATION, DD_PHASE_CHILD, "u" },
    { DD_OP_ROOTFS, DD_PHASE_CHILD, "s" },
    { DD_OP_MOUNT, DD_PHASE_CHILD, "sssusuuu" },
    { DD_OP_MKNOD, DD_PHASE_CHILD, "suuuu" },
    { DD_OP_SYMLINK, DD_PHASE_CHILD, "ss" },
    { DD_OP_PIVOT_ROOT, DD_PHASE_CHILD, "" },
    { DD_OP_MASK_PATH, DD_PHASE_CHILD, "s" },
    { DD_OP_READONLY_PATH, DD_PHASE_CHILD, "s" },
    { DD_OP_REMOUNT_ROOT_RO, DD_PHASE_CHILD, "" },
    { DD_OP_WRITE_FILE, DD_PHASE_CHILD, "ss" },
    { DD_OP_RLIMIT, DD_PHASE_CHILD, "uuu" },
    { DD_OP_WAIT_START, DD_PHASE_CHILD, "" },
    { DD_OP_SETSID, DD_PHASE_CHILD, "" },
    { DD_OP_KEEPCAPS, DD_PHASE_CHILD, "u" },
    { DD_OP_SETGROUPS, DD_PHASE_CHILD, "u*" },
    { DD_OP_SETGID, DD_PHASE_CHILD, "u" },
    { DD_OP_SETUID, DD_PHASE_CHILD, "u" },
    { DD_OP_UMASK, DD_PHASE_CHILD, "u" },
    { DD_OP_CAP_BOUNDING, DD_PHASE_CHILD, "uu" },
    { DD_OP_CAPSET, DD_PHASE_CHILD, "uuu" },
    { DD_OP_CAP_AMBIENT, DD_PHASE_CHILD, "uu" },
    { DD_OP_NO_NEW_PRIVS, DD_PHASE_CHILD, "" },
    { DD_OP_SECCOMP, DD_PHASE_CHILD, "bu" },
    { DD_OP_CLOSE_FDS, DD_PHASE_CHILD, "" },
    { DD_OP_CHDIR, DD_PHASE_CHILD, "s" },
    { DD_OP_EXEC, DD_PHASE_CHILD, "sus*" },
    { DD_OP_LINK_UP, DD_PHASE_CHILD, "s" },
    { DD_OP_TERMINAL, DD_PHASE_CHILD, "uuuu" },
    { DD_OP_HOOK_SYNC, DD_PHASE_CHILD, "" },
    { DD_OP_RUN_HOOK, DD_PHASE_CHILD, "sussus*" },
    { DD_OP_FIX_STDIO, DD_PHASE_CHILD, "u" },
};

static const struct op_info *find_op(uint32_t op)
{
    for (size_t i = 0; i < sizeof OPS / sizeof OPS[0]; i++)
        if (OPS[i].op == op)
            return &OPS[i];
    return NULL;
}

int dd_phase_of(uint32_t op)
{
    const struct op_info *info = find_op(op);
    return info ? info->phase : -1;
}

const char *dd_arg_str(const struct dd_step *s, uint32_t i)
{
    return (const char *)s->args[i];
}

uint64_t dd_arg_u64(const struct dd_step *s, uint32_t i)
{
    uint64_t v;
    memcpy(&v, s->args[i], sizeof v);
    return v;
}

int dd_read_full(int fd, void *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, (char *)buf + got, len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        got += (size_t)n;
    }
    return 0;
}

static int arg_ok(char kind, const uint8_t *p, uint32_t len)
{
    if (kind == 'u')
        return len == 8;
    if (kind == 's')
        return len >= 1 && p[len - 1] == 0 && memchr(p, 0, len) == p + len - 1;
    return 1;
}

static int args_match(const char *sig, const struct dd_step *s)
{
    size_t n = strlen(sig);
    int repeat = n > 0 && sig[n - 1] == '*';
    size_t fixed = repeat ? n - 1 : n;
    if (repeat ? s->nargs < fixed - 1 : s->nargs != fixed)
        return 0;
    for (uint32_t i = 0; i < s->nargs; i++) {
        char kind = i < fixed ? sig[i] : sig[fixed - 1];
        if (!arg_ok(kind, s->args[i], s->lens[i]))
            return 0;
    }
    return 1;
}

struct cursor {
    const uint8_t *p;
    size_t left;
};

static int take_u32(struct cursor *c, uint32_t *v)
{
    if (c->left < 4)
        return -1;
    memcpy(v, c->p, 4);
    c->p += 4;
    c->left -= 4;
    return 0;
}

static int decode_step(struct cursor *c, struct dd_step *s)
{
    if (take_u32(c, &s->op) < 0 || take_u32(c, &s->nargs) < 0 || s->nargs > DD_MAX_ARGS)
        return -1;
    s->args = calloc(s->nargs ? s->nargs : 1, sizeof *s->args);
    s->lens = calloc(s->nargs ? s->nargs : 1, sizeof *s->lens);
    if (!s->args || !s->lens)
        return -1;
    for (uint32_t i = 0; i < s->nargs; i++) {
        if (take_u32(c, &s->lens[i]) < 0 || c->left < s->lens[i])
            return -1;
        s->args[i] = c->p;
        c->p += s->lens[i];
        c->left -= s->lens[i];
    }
    return 0;
}

static int fail(uint32_t *bad_step, uint32_t *bad_op, int *err, uint32_t step, uint32_t op, int e)
{
    *bad_step = step;
    *bad_op = op;
    *err = e;
    return -1;
}

static int decode(const uint8_t *buf, size_t len, struct dd_plan *plan, uint32_t *bs, uint32_t *bo, int *err)
{
    struct cursor c = { buf, len };
    uint32_t magic, version, n;
    if (take_u32(&c, &magic) < 0 || take_u32(&c, &version) < 0 || take_u32(&c, &n) < 0)
        return fail(bs, bo, err, DD_STEP_MESSAGE, 0, DD_ERR_TRUNCATED);
    if (magic != DD_MAGIC || version != DD_PROTOCOL_VERSION)
        return fail(bs, bo, err, DD_STEP_MESSAGE, 0, DD_ERR_BAD_MAGIC);
    if (n > DD_MAX_STEPS)
        return fail(bs, bo, err, DD_STEP_MESSAGE, 0, DD_ERR_BAD_ARGS);
    plan->steps = calloc(n ? n : 1, sizeof *plan->steps);
    if (!plan->steps)
        return fail(bs, bo, err, DD_STEP_MESSAGE, 0, ENOMEM);
    plan->nsteps = n;
    for (uint32_t i = 0; i < n; i++) {
        struct dd_step *s = &plan->steps[i];
        if (decode_step(&c, s) < 0)
            return fail(bs, bo, err, i, s->op, DD_ERR_TRUNCATED);
        const struct op_info *info = find_op(s->op);
        if (!info)
            return fail(bs, bo, err, i, s->op, DD_ERR_UNKNOWN_OP);
        if (!args_match(info->sig, s))
            return fail(bs, bo, err, i, s->op, DD_ERR_BAD_ARGS);
    }
    if (c.left != 0)
        return fail(bs, bo, err, n, 0, DD_ERR_BAD_ARGS);
    return 0;
}

int dd_read_message(int fd, struct dd_plan *plan, uint32_t *bad_step, uint32_t *bad_op, int *err)
{
    uint32_t len;
    if (dd_read_full(fd, &len, sizeof len) < 0)
        return fail(bad_step, bad_op, err, DD_STEP_MESSAGE, 0, DD_ERR_TRUNCATED);
    if (len > DD_MAX_MESSAGE)
        return fail(bad_step, bad_op, err, DD_STEP_MESSAGE, 0, DD_ERR_BAD_ARGS);
    uint8_t *buf = malloc(len ? len : 1);
    if (!buf)
        return fail(bad_step, bad_op, err, DD_STEP_MESSAGE, 0, ENOMEM);
    if (dd_read_full(fd, buf, len) < 0)
        return fail(bad_step, bad_op, err, DD_STEP_MESSAGE, 0, DD_ERR_TRUNCATED);
    return decode(buf, len, plan, bad_step, bad_op, err);
}
