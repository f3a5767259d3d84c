package io.drydock.engine.image.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Examples with the canonical and familiar forms that distribution/reference (as vendored in
 * dockerd 20.10) gives them, and the exact errors for invalid ones.
 */
class ImageRefTest {
  static final String HEX = "7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa";
  static final String SHA = "sha256:" + HEX;

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("busybox", "docker.io/library/busybox:latest", "busybox:latest"),
        Arguments.of("busybox:1.36", "docker.io/library/busybox:1.36", "busybox:1.36"),
        Arguments.of("library/busybox", "docker.io/library/busybox:latest", "busybox:latest"),
        Arguments.of("docker.io/busybox", "docker.io/library/busybox:latest", "busybox:latest"),
        Arguments.of("index.docker.io/busybox", "docker.io/library/busybox:latest",
            "busybox:latest"),
        Arguments.of("index.docker.io/library/busybox:musl", "docker.io/library/busybox:musl",
            "busybox:musl"),
        Arguments.of("user/app", "docker.io/user/app:latest", "user/app:latest"),
        Arguments.of("docker.io/user/app:v1", "docker.io/user/app:v1", "user/app:v1"),
        Arguments.of("docker.io/library/a/b", "docker.io/library/a/b:latest",
            "library/a/b:latest"),
        Arguments.of("localhost/x", "localhost/x:latest", "localhost/x:latest"),
        Arguments.of("localhost:5000/x", "localhost:5000/x:latest", "localhost:5000/x:latest"),
        Arguments.of("127.0.0.1:5000/a/b:tag@" + SHA, "127.0.0.1:5000/a/b:tag@" + SHA,
            "127.0.0.1:5000/a/b:tag@" + SHA),
        Arguments.of("busybox@" + SHA, "docker.io/library/busybox@" + SHA, "busybox@" + SHA),
        Arguments.of("busybox:latest@" + SHA, "docker.io/library/busybox:latest@" + SHA,
            "busybox:latest@" + SHA),
        Arguments.of("registry.example.com/team/app/web:2.0",
            "registry.example.com/team/app/web:2.0", "registry.example.com/team/app/web:2.0"),
        Arguments.of("Registry.Example.com/app", "Registry.Example.com/app:latest",
            "Registry.Example.com/app:latest"),
        Arguments.of("example.com:443/a", "example.com:443/a:latest", "example.com:443/a:latest"),
        Arguments.of("foo_bar/baz", "docker.io/foo_bar/baz:latest", "foo_bar/baz:latest"),
        Arguments.of("a__b/c--d/e.f", "docker.io/a__b/c--d/e.f:latest", "a__b/c--d/e.f:latest"),
        Arguments.of("my-registry:5000/ns/img:TAG_1.0-rc", "my-registry:5000/ns/img:TAG_1.0-rc",
            "my-registry:5000/ns/img:TAG_1.0-rc"),
        Arguments.of("localhost:5000", "docker.io/library/localhost:5000", "localhost:5000"),
        Arguments.of("a", "docker.io/library/a:latest", "a:latest"),
        Arguments.of("busybox:" + "t".repeat(128), "docker.io/library/busybox:" + "t".repeat(128),
            "busybox:" + "t".repeat(128)),
        Arguments.of("busybox@sha512:" + "ab".repeat(64),
            "docker.io/library/busybox@sha512:" + "ab".repeat(64),
            "busybox@sha512:" + "ab".repeat(64)),
        Arguments.of("gcr.io/distroless/static-debian12:nonroot",
            "gcr.io/distroless/static-debian12:nonroot", "gcr.io/distroless/static-debian12:nonroot"),
        Arguments.of("quay.io/coreos/etcd:v3.5.0", "quay.io/coreos/etcd:v3.5.0",
            "quay.io/coreos/etcd:v3.5.0"));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", "invalid reference format"),
        Arguments.of("Busybox", "invalid reference format: repository name must be lowercase"),
        Arguments.of("user/App", "invalid reference format: repository name must be lowercase"),
        Arguments.of("localhost:5000/Foo",
            "invalid reference format: repository name must be lowercase"),
        Arguments.of("docker.io/Library/x",
            "invalid reference format: repository name must be lowercase"),
        Arguments.of(HEX,
            "invalid repository name (" + HEX + "), cannot specify 64-byte hexadecimal strings"),
        Arguments.of("busybox:", "invalid reference format"),
        Arguments.of("busybox:-tag", "invalid reference format"),
        Arguments.of("busybox:.tag", "invalid reference format"),
        Arguments.of("busybox:" + "t".repeat(129), "invalid reference format"),
        Arguments.of("busybox:tag:more", "invalid reference format"),
        Arguments.of("a//b", "invalid reference format"),
        Arguments.of("a/b/", "invalid reference format"),
        Arguments.of("-a/b", "invalid reference format"),
        Arguments.of("aa-", "invalid reference format"),
        Arguments.of("busy box", "invalid reference format"),
        Arguments.of("foo/bar:Tag/x", "invalid reference format"),
        Arguments.of("localhost:abc/x", "invalid reference format"),
        Arguments.of("busybox@sha256:abc", "invalid reference format"),
        Arguments.of("busybox@sha256:" + HEX.toUpperCase(), "invalid checksum digest format"),
        Arguments.of("busybox@sha256:" + HEX + "0", "invalid checksum digest length"),
        Arguments.of("busybox@md5:" + HEX.substring(0, 32), "unsupported digest algorithm"),
        Arguments.of("a".repeat(250) + "/b",
            "repository name must not be more than 255 characters"));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void normalizesLikeDocker(String input, String canonical, String familiar) {
    ImageRef ref = ImageRef.parse(input);
    assertThat(ref).hasToString(canonical);
    assertThat(ref.familiarName()).isEqualTo(familiar);
    assertThat(ImageRef.parse(canonical)).isEqualTo(ref);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void refusesWithDockersMessage(String input, String message) {
    assertThatThrownBy(() -> ImageRef.parse(input))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage(message);
  }

  @Test
  void partsAreExposed() {
    ImageRef ref = ImageRef.parse("127.0.0.1:5000/a/b:tag@" + SHA);
    assertThat(ref.domain()).isEqualTo("127.0.0.1:5000");
    assertThat(ref.path()).isEqualTo("a/b");
    assertThat(ref.tag()).contains("tag");
    assertThat(ref.digest()).contains(SHA);
    assertThat(ref.repository()).hasToString("127.0.0.1:5000/a/b");
    assertThat(ImageRef.parseNamed("busybox")).hasToString("docker.io/library/busybox");
  }

  @Test
  void idsAreNotNames() {
    assertThat(ImageLookup.parse(HEX)).isEqualTo(new ImageLookup.ById(SHA));
    assertThat(ImageLookup.parse(SHA)).isEqualTo(new ImageLookup.ById(SHA));
    assertThat(ImageLookup.parse("busybox"))
        .isEqualTo(new ImageLookup.ByName(ImageRef.parse("busybox")));
    assertThat(ImageLookup.mayBeShortId("7cc4b5")).isTrue();
    assertThat(ImageLookup.mayBeShortId("busybox")).isFalse();
  }

  @Test
  void tagsAreCheckedAlone() {
    assertThat(ImageRef.requireTag("v1.0_rc-2")).isEqualTo("v1.0_rc-2");
    assertThatThrownBy(() -> ImageRef.requireTag("-x")).hasMessage("invalid tag format");
    assertThatThrownBy(() -> ImageRef.parse("busybox").withTag("a/b"))
        .isInstanceOf(DrydockException.InvalidArgument.class);
  }
}
