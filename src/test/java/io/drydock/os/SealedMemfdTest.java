package io.drydock.os;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class SealedMemfdTest {
  @Test
  void holdsTheBytesAndIsSealedAgainstAnyChange() throws Exception {
    byte[] content = "#!/bin/sh\necho sealed\n".getBytes(StandardCharsets.UTF_8);
    SealedMemfd m = SealedMemfd.of("drydock-test", content);
    assertThat(m.fullySealed()).isTrue();
    assertThat(Files.readAllBytes(m.procPath())).isEqualTo(content);
    assertThat(Files.readSymbolicLink(m.procPath()).toString()).startsWith("/memfd:drydock-test");
    assertThatThrownBy(() -> Files.write(m.procPath(), new byte[] {1}, StandardOpenOption.WRITE))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Files.write(m.procPath(), new byte[0], StandardOpenOption.TRUNCATE_EXISTING))
        .isInstanceOf(IOException.class);
    assertThat(Files.readAllBytes(m.procPath())).isEqualTo(content);
  }

  @Test
  void aLargeContentIsCopiedWhole() throws Exception {
    byte[] content = new byte[3 << 20];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    assertThat(Files.readAllBytes(SealedMemfd.of("drydock-test-large", content).procPath())).isEqualTo(content);
  }
}
