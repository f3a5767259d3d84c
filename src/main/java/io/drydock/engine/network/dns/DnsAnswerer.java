package io.drydock.engine.network.dns;

import io.drydock.engine.network.ipam.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answering rule, pure: A questions for names the network knows get their addresses (TTL
 * 600, like Docker's); a known name asked for another type gets an empty NOERROR; anything else
 * is REFUSED (drydock never forwards). Like Docker's resolver, no answer claims authority (AA
 * clear, RA set). Responses and non-query opcodes get no answer at all, and
 * a packet that does not decode gets none either.
 */
public final class DnsAnswerer {
  private static final long TTL = 600;
  private final Function<String, List<Ipv4>> names;

  /** @param names the addresses of a lowercase name without trailing dot; empty when unknown */
  public DnsAnswerer(Function<String, List<Ipv4>> names) {
    this.names = names;
  }

  public Optional<byte[]> answer(byte[] packet) {
    Optional<DnsMessage> decoded = DnsCodec.decode(packet);
    if (decoded.isEmpty() || decoded.get().isResponse() || decoded.get().opcode() != 0) {
      return Optional.empty();
    }
    DnsMessage q = decoded.get();
    int rd = q.flags() & 0x0100;
    if (q.questions().size() != 1) {
      return Optional.of(DnsCodec.encode(new DnsMessage(q.id(), 0x8000 | rd | DnsMessage.RCODE_FORMERR, q.questions(), List.of(), List.of(), List.of())));
    }
    DnsQuestion question = q.questions().get(0);
    String name = question.name().toLowerCase(Locale.ROOT);
    List<Ipv4> addresses = question.qclass() == DnsMessage.CLASS_IN ? names.apply(name) : List.of();
    if (addresses.isEmpty()) {
      return Optional.of(DnsCodec.encode(new DnsMessage(q.id(), 0x8000 | rd | DnsMessage.RCODE_REFUSED, q.questions(), List.of(), List.of(), List.of())));
    }
    List<DnsRecord> answers = new ArrayList<>();
    if (question.type() == DnsMessage.TYPE_A) {
      for (Ipv4 a : addresses) {
        answers.add(new DnsRecord(question.name(), DnsMessage.TYPE_A, DnsMessage.CLASS_IN, TTL, a.toBytes()));
      }
    }
    return Optional.of(DnsCodec.encode(new DnsMessage(q.id(), 0x8000 | rd | 0x0080, q.questions(), answers, List.of(), List.of())));
  }
}
