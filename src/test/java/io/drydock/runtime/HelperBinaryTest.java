package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelperBinaryTest {
  @TempDir Path base;

  @Test
  void extractsOnceIntoAPrivateReadOnlyDirectory() throws Exception {
    Path first = HelperBinary.locate(HelperBinary.HELPER, base);
    Path second = HelperBinary.locate(HelperBinary.HELPER, base);
    assertThat(second).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first))).isEqualTo("r-x------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.getParent()))).isEqualTo("r-x------");
    Process p = new ProcessBuilder(first.toString(), "version").redirectErrorStream(true).start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(p.getInputStream().readAllBytes())).startsWith("drydock-helper protocol ");
    makeWritable(first);
  }

  @Test
  void aTamperedCopyIsRefused() throws Exception {
    Path file = HelperBinary.locate(HelperBinary.HELLO, base);
    makeWritable(file);
    Files.write(file, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> HelperBinary.locate(HelperBinary.HELLO, base))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessageContaining("does not match");
  }

  /** @TempDir must be able to delete what the test extracted, also as non-root. */
  private static void makeWritable(Path file) throws Exception {
    Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
  }
}
