package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinImagesTest {
  @TempDir Path root;

  private static final byte[] BINARY = "\u007fELF pretend static binary".getBytes(StandardCharsets.UTF_8);

  @Test
  void helloHasTheSameIdInEveryStoreAndRunsHello() {
    Platform amd64 = new Platform("linux", "amd64", "");
    ImageId first = BuiltinImages.ensureHello(TestImages.open(root.resolve("a")).store(), BINARY, amd64);
    Images second = TestImages.open(root.resolve("b"));
    ImageId again = BuiltinImages.ensureHello(second.store(), BINARY, amd64);
    assertThat(again).isEqualTo(first);
    assertThat(BuiltinImages.ensureHello(second.store(), BINARY, amd64)).isEqualTo(first);
    ImageRecord hello = second.inspect("hello");
    assertThat(hello.repoTags()).containsExactly("hello:latest");
    assertThat(hello.config().cmd()).containsExactly("/hello");
    assertThat(hello.created()).isEqualTo(BuiltinImages.CREATED);
    assertThat(second.list(true, java.util.Map.of())).hasSize(1);
  }

  @Test
  void helloTarHoldsOnlyTheExecutable() throws Exception {
    try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
        new java.io.ByteArrayInputStream(BuiltinImages.helloTar(BINARY)))) {
      var e = tar.getNextEntry();
      assertThat(e.getName()).isEqualTo("hello");
      assertThat(e.getMode() & 07777).isEqualTo(0755);
      assertThat(e.getLongUserId()).isZero();
      assertThat(tar.readAllBytes()).isEqualTo(BINARY);
      assertThat(tar.getNextEntry()).isNull();
    }
  }

  @Test
  void otherBinaryMovesTheTag() {
    Images images = TestImages.open(root);
    Platform p = Platform.host();
    ImageId one = BuiltinImages.ensureHello(images.store(), BINARY, p);
    ImageId two = BuiltinImages.ensureHello(images.store(), "other".getBytes(StandardCharsets.UTF_8), p);
    assertThat(two).isNotEqualTo(one);
    assertThat(images.inspect("hello:latest").id()).isEqualTo(two);
  }
}
