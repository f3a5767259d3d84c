package io.drydock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestTest {
  private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void parsesAndPrintsTheCanonicalForm() {
    Digest d = Digest.parse("sha256:" + EMPTY);
    assertThat(d.hex()).isEqualTo(EMPTY);
    assertThat(d).hasToString("sha256:" + EMPTY);
    assertThat(Digest.sha256Of(new byte[0])).isEqualTo(d);
  }

  @Test
  void hashesBytes() {
    assertThat(Digest.sha256Of("abc".getBytes(StandardCharsets.US_ASCII)).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void refusesOtherAlgorithmsAndMalformedHex() {
    assertThatThrownBy(() -> Digest.parse("sha512:" + EMPTY))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("unsupported digest algorithm: \"sha512\"");
    assertThatThrownBy(() -> Digest.parse(EMPTY)).hasMessageContaining("invalid checksum digest format");
    assertThatThrownBy(() -> Digest.parse("sha256:" + EMPTY.toUpperCase()))
        .isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> Digest.parse("sha256:" + EMPTY.substring(1)))
        .isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> Digest.parse("sha256:../../" + EMPTY.substring(6)))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
