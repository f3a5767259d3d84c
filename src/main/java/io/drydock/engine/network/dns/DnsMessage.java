package io.drydock.engine.network.dns;

import java.util.List;

/**
 * A DNS message: id, the 16 flag bits (QR, opcode, AA, TC, RD, RA, Z, RCODE) and the four
 * sections.
 */
public record DnsMessage(int id, int flags, List<DnsQuestion> questions, List<DnsRecord> answers, List<DnsRecord> authority, List<DnsRecord> additional) {
  public static final int TYPE_A = 1;
  public static final int CLASS_IN = 1;
  public static final int RCODE_NOERROR = 0;
  public static final int RCODE_FORMERR = 1;
  public static final int RCODE_SERVFAIL = 2;
  public static final int RCODE_NXDOMAIN = 3;
  public static final int RCODE_REFUSED = 5;

  public DnsMessage {
    questions = List.copyOf(questions);
    answers = List.copyOf(answers);
    authority = List.copyOf(authority);
    additional = List.copyOf(additional);
  }

  public boolean isResponse() {
    return (flags & 0x8000) != 0;
  }

  /** The AA bit; Docker's resolver never sets it, so clients print "Non-authoritative answer". */
  public boolean isAuthoritative() {
    return (flags & 0x0400) != 0;
  }

  public int rcode() {
    return flags & 0xf;
  }

  public int opcode() {
    return (flags >>> 11) & 0xf;
  }
}
