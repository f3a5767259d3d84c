package io.drydock.engine.network.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Encodes and decodes DNS messages. Decoding never throws: a packet that is short, loops through
 * compression pointers, has labels over 63 bytes, names over 255 or counts beyond its length
 * decodes to empty. Encoding writes names uncompressed.
 */
public final class DnsCodec {
  private static final int MAX_NAME = 255;

  private DnsCodec() {}

  /** Thrown inside the decoder only; never escapes {@link #decode}. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String why) {
      super(why, null, false, false);
    }
  }

  public static Optional<DnsMessage> decode(byte[] packet) {
    try {
      Reader r = new Reader(packet);
      int id = r.u16();
      int flags = r.u16();
      int qd = r.u16();
      int an = r.u16();
      int ns = r.u16();
      int ar = r.u16();
      List<DnsQuestion> questions = new ArrayList<>();
      for (int i = 0; i < qd; i++) {
        questions.add(new DnsQuestion(r.name(), r.u16(), r.u16()));
      }
      List<DnsRecord> answers = records(r, an);
      List<DnsRecord> authority = records(r, ns);
      List<DnsRecord> additional = records(r, ar);
      return Optional.of(new DnsMessage(id, flags, questions, answers, authority, additional));
    } catch (Malformed e) {
      return Optional.empty();
    }
  }

  private static List<DnsRecord> records(Reader r, int count) throws Malformed {
    List<DnsRecord> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = r.name();
      int type = r.u16();
      int rclass = r.u16();
      long ttl = Integer.toUnsignedLong(r.u16() << 16 | r.u16());
      int length = r.u16();
      out.add(new DnsRecord(name, type, rclass, ttl, r.bytes(length)));
    }
    return out;
  }

  /** The wire form; names must be valid (labels 1..63 bytes, total ≤ 255). */
  public static byte[] encode(DnsMessage m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u16(out, m.id());
    u16(out, m.flags());
    u16(out, m.questions().size());
    u16(out, m.answers().size());
    u16(out, m.authority().size());
    u16(out, m.additional().size());
    for (DnsQuestion q : m.questions()) {
      name(out, q.name());
      u16(out, q.type());
      u16(out, q.qclass());
    }
    for (List<DnsRecord> section : List.of(m.answers(), m.authority(), m.additional())) {
      for (DnsRecord rr : section) {
        name(out, rr.name());
        u16(out, rr.type());
        u16(out, rr.rclass());
        u16(out, (int) (rr.ttl() >>> 16));
        u16(out, (int) rr.ttl());
        byte[] data = rr.data();
        u16(out, data.length);
        out.writeBytes(data);
      }
    }
    return out.toByteArray();
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v >>> 8 & 0xff);
    out.write(v & 0xff);
  }

  private static void name(ByteArrayOutputStream out, String name) {
    if (!name.isEmpty()) {
      for (String label : name.split("\\.", -1)) {
        byte[] b = label.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length == 0 || b.length > 63) {
          throw new IllegalArgumentException("invalid DNS label in " + name);
        }
        out.write(b.length);
        out.writeBytes(b);
      }
    }
    out.write(0);
  }

  /** A bounds-checked cursor over a packet. */
  private static final class Reader {
    private final byte[] p;
    private int pos;

    Reader(byte[] p) {
      this.p = p;
    }

    int u8(int at) throws Malformed {
      if (at < 0 || at >= p.length) {
        throw new Malformed("short packet");
      }
      return p[at] & 0xff;
    }

    int u16() throws Malformed {
      int v = u8(pos) << 8 | u8(pos + 1);
      pos += 2;
      return v;
    }

    byte[] bytes(int n) throws Malformed {
      if (n < 0 || pos + n > p.length) {
        throw new Malformed("short packet");
      }
      byte[] b = new byte[n];
      System.arraycopy(p, pos, b, 0, n);
      pos += n;
      return b;
    }

    /** A name at the cursor, following compression pointers (each must point backwards). */
    String name() throws Malformed {
      StringBuilder sb = new StringBuilder();
      int at = pos;
      int end = -1;
      int limit = at;
      int wire = 1;
      while (true) {
        int len = u8(at);
        if ((len & 0xc0) == 0xc0) {
          int target = (len & 0x3f) << 8 | u8(at + 1);
          if (end < 0) {
            end = at + 2;
          }
          if (target >= limit) {
            throw new Malformed("forward or looping compression pointer");
          }
          limit = target;
          at = target;
          continue;
        }
        if ((len & 0xc0) != 0) {
          throw new Malformed("reserved label type");
        }
        if (len == 0) {
          at++;
          break;
        }
        wire += len + 1;
        if (wire > MAX_NAME) {
          throw new Malformed("name too long");
        }
        if (at + 1 + len > p.length) {
          throw new Malformed("short label");
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(new String(p, at + 1, len, StandardCharsets.ISO_8859_1));
        at += 1 + len;
      }
      pos = end >= 0 ? end : at;
      return sb.toString();
    }
  }
}
