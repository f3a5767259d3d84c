package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootPathsTest {
  @TempDir Path root;

  @Test
  void pathsAreCleanedAtTheRoot() {
    assertThat(RootPaths.absolute("../../etc/./passwd")).isEqualTo("/etc/passwd");
    assertThat(RootPaths.absolute("")).isEqualTo("/");
    assertThat(RootPaths.base("/")).isEqualTo("/");
    assertThat(RootPaths.base("/a/b")).isEqualTo("b");
    assertThat(RootPaths.endsWithDot("/a/.")).isTrue();
    assertThat(RootPaths.endsWithDot("/a/")).isFalse();
  }

  @Test
  void symlinksResolveInsideTheRootNeverOutside() throws Exception {
    Files.createDirectories(root.resolve("etc"));
    Files.createDirectories(root.resolve("tmp"));
    Files.createSymbolicLink(root.resolve("tmp/abs"), Path.of("/etc"));
    Files.createSymbolicLink(root.resolve("tmp/climb"), Path.of("../../../../../etc"));
    Files.createSymbolicLink(root.resolve("tmp/host"), Path.of("/proc/self/root"));
    assertThat(RootPaths.resolveAll(root, "/tmp/abs")).isEqualTo("etc");
    assertThat(RootPaths.resolveAll(root, "/tmp/climb/passwd")).isEqualTo("etc/passwd");
    assertThat(RootPaths.resolveParent(root, "/tmp/abs/passwd")).isEqualTo("etc/passwd");
    assertThat(RootPaths.resolveParent(root, "/tmp/abs")).isEqualTo("tmp/abs");
    assertThat(RootPaths.resolveAll(root, "/tmp/host")).isEqualTo("proc/self/root");
    assertThat(RootPaths.resolveParent(root, "/")).isEmpty();
  }
}
