/*
 * Docker's json-file log format: one JSON object per line,
 *   {"log":"text\n","stream":"stdout","time":"2026-11-28T18:00:00.123456789Z"}
 * Strings are escaped the way Go's encoding/json does it (dockerd writes these files with Go):
 * invalid UTF-8 becomes U+FFFD byte by byte, <, > and & and U+2028/9 are \u-escaped.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "shim.h"

static const char HEX[] = "0123456789abcdef";

/* length of the valid UTF-8 sequence at in[0..len), or 0 when it is not one (Go's utf8.DecodeRune rules) */
static size_t utf8_len(const unsigned char *in, size_t len)
{
    unsigned char c = in[0];
    unsigned char lo = 0x80, hi = 0xBF;
    size_t need;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (len < need || in[1] < lo || in[1] > hi)
        return 0;
    for (size_t i = 2; i < need; i++)
        if (in[i] < 0x80 || in[i] > 0xBF)
            return 0;
    return need;
}

static size_t put_u(char *out, unsigned code)
{
    out[0] = '\\';
    out[1] = 'u';
    out[2] = HEX[(code >> 12) & 15];
    out[3] = HEX[(code >> 8) & 15];
    out[4] = HEX[(code >> 4) & 15];
    out[5] = HEX[code & 15];
    return 6;
}

static size_t escape_ascii(unsigned char c, char *out)
{
    switch (c) {
    case '"': out[0] = '\\'; out[1] = '"'; return 2;
    case '\\': out[0] = '\\'; out[1] = '\\'; return 2;
    case '\n': out[0] = '\\'; out[1] = 'n'; return 2;
    case '\r': out[0] = '\\'; out[1] = 'r'; return 2;
    case '\t': out[0] = '\\'; out[1] = 't'; return 2;
    case '<': case '>': case '&': return put_u(out, c);
    default:
        if (c < 0x20)
            return put_u(out, c);
        out[0] = (char)c;
        return 1;
    }
}

/* escapes in[0..len) into out, which must hold 6 * len bytes; returns the bytes written */
size_t shim_json_escape(const unsigned char *in, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (in[i] < 0x80) {
            o += escape_ascii(in[i], out + o);
            i++;
            continue;
        }
        size_t n = utf8_len(in + i, len - i);
        if (n == 0) {
            o += put_u(out + o, 0xFFFD);
            i++;
        } else if (n == 3 && in[i] == 0xE2 && in[i + 1] == 0x80 && (in[i + 2] == 0xA8 || in[i + 2] == 0xA9)) {
            o += put_u(out + o, in[i + 2] == 0xA8 ? 0x2028 : 0x2029);
            i += 3;
        } else {
            memcpy(out + o, in + i, n);
            o += n;
            i += n;
        }
    }
    return o;
}

/* path NULL: nothing is logged (the 'none' driver); compress: rotated files become <path>.N.gz */
int shim_log_open(struct shim_log *log, const char *path, long long max_size, int max_file, int compress)
{
    log->path = path;
    log->max_size = max_size;
    log->max_file = max_file < 1 ? 1 : max_file;
    log->compress = compress && log->max_file > 1;
    log->fd = -1;
    log->size = 0;
    if (!path)
        return 0;
    log->fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (log->fd < 0)
        return -1;
    off_t end = lseek(log->fd, 0, SEEK_END);
    log->size = end < 0 ? 0 : end;
    return 0;
}

static void rotated_name(const struct shim_log *log, int i, char *out, size_t n)
{
    snprintf(out, n, log->compress ? "%s.%d.gz" : "%s.%d", log->path, i);
}

/*
 * <path>.(n-1) -> <path>.n ... <path> -> <path>.1 (then gzipped to <path>.1.gz when compressing);
 * with max-file 1 the file is truncated
 */
static void rotate(struct shim_log *log)
{
    char from[PATH_MAX], to[PATH_MAX];
    fsync(log->fd);
    if (log->max_file > 1) {
        for (int i = log->max_file - 1; i >= 2; i--) {
            rotated_name(log, i - 1, from, sizeof from);
            rotated_name(log, i, to, sizeof to);
            if (rename(from, to) < 0 && errno != ENOENT)
                return; /* keep writing to the current file rather than lose lines */
        }
        snprintf(to, sizeof to, "%s.1", log->path);
        if (rename(log->path, to) < 0)
            return;
        close(log->fd);
        log->fd = open(log->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
        if (log->compress) {
            rotated_name(log, 1, from, sizeof from);
            if (shim_gzip_file(to, from) == 0)
                unlink(to);
        }
    } else if (ftruncate(log->fd, 0) < 0) {
        return;
    }
    log->size = 0;
}

static void write_entry(struct shim_log *log, enum shim_stream stream, const char *text, size_t len)
{
    static char entry[6 * (SHIM_LOG_LINE_MAX + 1) + 128];
    struct timespec now;
    char when[40];
    clock_gettime(CLOCK_REALTIME, &now);
    shim_format_time(&now, when);
    size_t o = 0;
    memcpy(entry, "{\"log\":\"", 8);
    o = 8;
    o += shim_json_escape((const unsigned char *)text, len, entry + o);
    o += (size_t)snprintf(entry + o, sizeof entry - o, "\",\"stream\":\"%s\",\"time\":\"%s\"}\n",
                          stream == SHIM_STDOUT ? "stdout" : "stderr", when);
    if (log->max_size > 0 && log->size > 0 && log->size + (long long)o > log->max_size)
        rotate(log);
    if (log->fd < 0) /* reopening after a rotation failed (e.g. EMFILE, ENOSPC): try again */
        log->fd = open(log->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (log->fd >= 0 && shim_write_all(log->fd, entry, o) == 0)
        log->size += (long long)o;
}

/* splits into lines; a line that reaches SHIM_LOG_LINE_MAX bytes without '\n' is logged as a partial entry */
void shim_log_feed(struct shim_log *log, enum shim_stream stream, const unsigned char *buf, size_t len)
{
    if (!log->path)
        return;
    char *line = log->line[stream];
    size_t *n = &log->line_len[stream];
    for (size_t i = 0; i < len; i++) {
        line[(*n)++] = (char)buf[i];
        if (buf[i] == '\n' || *n == SHIM_LOG_LINE_MAX) {
            write_entry(log, stream, line, *n);
            *n = 0;
        }
    }
}

/*
 * logs what is left of unfinished lines (at end of output); not fsynced, as dockerd's json-file
 * log is not: every entry is in the page cache already (spec/shim.md, fsync policy)
 */
void shim_log_flush(struct shim_log *log)
{
    for (int s = 0; s < 2; s++) {
        if (log->line_len[s] > 0) {
            write_entry(log, (enum shim_stream)s, log->line[s], log->line_len[s]);
            log->line_len[s] = 0;
        }
    }
}
