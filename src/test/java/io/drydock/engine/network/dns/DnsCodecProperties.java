package io.drydock.engine.network.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.network.ipam.Ipv4;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class DnsCodecProperties {
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(20);
    return label.list().ofMinSize(0).ofMaxSize(5).map(l -> String.join(".", l));
  }

  @Provide
  Arbitrary<DnsRecord> records() {
    return Combinators.combine(names(), Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 65535),
        Arbitraries.longs().between(0, 0xffffffffL), Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
        .as(DnsRecord::new);
  }

  @Provide
  Arbitrary<DnsMessage> messages() {
    Arbitrary<DnsQuestion> q = Combinators.combine(names(), Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 65535)).as(DnsQuestion::new);
    return Combinators.combine(Arbitraries.integers().between(0, 65535), Arbitraries.integers().between(0, 65535),
        q.list().ofMaxSize(3), records().list().ofMaxSize(3), records().list().ofMaxSize(2), records().list().ofMaxSize(2))
        .as(DnsMessage::new);
  }

  @Property
  void encodeThenDecodeIsIdentity(@ForAll("messages") DnsMessage m) {
    assertThat(DnsCodec.decode(DnsCodec.encode(m))).contains(m);
  }

  @Property(tries = 3000)
  void arbitraryBytesNeverThrow(@ForAll @Size(max = 600) byte[] packet) {
    DnsCodec.decode(packet);
    new DnsAnswerer(n -> List.of(Ipv4.parse("10.213.0.2"))).answer(packet);
  }

  @Property
  void truncatedMessagesAreRefusedWithoutExceptions(@ForAll("messages") DnsMessage m, @ForAll byte cut) {
    byte[] full = DnsCodec.encode(m);
    int length = Math.floorMod(cut, full.length);
    byte[] shortened = java.util.Arrays.copyOf(full, length);
    Optional<DnsMessage> decoded = DnsCodec.decode(shortened);
    decoded.ifPresent(d -> assertThat(d).isNotEqualTo(m));
  }

  @Property
  void knownNamesAreAnsweredOthersRefused(@ForAll("names") String asked, @ForAll int id) {
    Map<String, List<Ipv4>> known = Map.of("web", List.of(Ipv4.parse("10.213.0.5")));
    DnsAnswerer answerer = new DnsAnswerer(n -> known.getOrDefault(n, List.of()));
    DnsMessage query = new DnsMessage(id & 0xffff, 0x0100, List.of(new DnsQuestion(asked, DnsMessage.TYPE_A, DnsMessage.CLASS_IN)), List.of(), List.of(), List.of());
    DnsMessage response = DnsCodec.decode(answerer.answer(DnsCodec.encode(query)).orElseThrow()).orElseThrow();
    assertThat(response.id()).isEqualTo(id & 0xffff);
    assertThat(response.isResponse()).isTrue();
    assertThat(response.isAuthoritative()).isFalse();
    if (asked.equals("web")) {
      assertThat(response.rcode()).isEqualTo(DnsMessage.RCODE_NOERROR);
      assertThat(response.answers()).singleElement().satisfies(a -> assertThat(Ipv4.ofBytes(a.data())).isEqualTo(Ipv4.parse("10.213.0.5")));
    } else {
      assertThat(response.rcode()).isEqualTo(DnsMessage.RCODE_REFUSED);
      assertThat(response.answers()).isEmpty();
    }
  }

  @Property
  void compressionPointersThatLoopAreRefused(@ForAll int id) {
    byte[] p = {(byte) (id >>> 8), (byte) id, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xc0, 12, 0, 1, 0, 1};
    assertThat(DnsCodec.decode(p)).isEmpty();
    byte[] ok = {0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 3, 'w', 'e', 'b', 0, 0, 1, 0, 1, (byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 10, 0, 0, 1};
    DnsMessage m = DnsCodec.decode(ok).orElseThrow();
    assertThat(m.answers().get(0).name()).isEqualTo("web");
  }
}
