package io.drydock.conformance.glue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A root file system made of this host's static busybox and a few applet links, as a tar stream.
 * The scenarios import it as their image, so they need no registry and no network on any engine.
 */
public final class BusyboxImage {
  public static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  private static final List<String> APPLETS = List.of("sh", "echo", "sleep", "cat", "ls", "true", "false", "env", "id", "hostname", "ps", "top");

  private BusyboxImage() {}

  public static boolean available() {
    return Files.isRegularFile(BUSYBOX);
  }

  /** The root file system as an uncompressed tar; fails with the package to install when busybox is missing. */
  public static byte[] tar() {
    if (!available()) {
      throw new AssertionError("the scenario image needs a static busybox at " + BUSYBOX + " (Debian package busybox-static)");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      byte[] bin = Files.readAllBytes(BUSYBOX);
      TarArchiveEntry dir = new TarArchiveEntry("bin/");
      dir.setMode(040755);
      tar.putArchiveEntry(dir);
      tar.closeArchiveEntry();
      TarArchiveEntry e = new TarArchiveEntry("bin/busybox");
      e.setMode(0100755);
      e.setSize(bin.length);
      tar.putArchiveEntry(e);
      tar.write(bin);
      tar.closeArchiveEntry();
      for (String applet : APPLETS) {
        TarArchiveEntry l = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
        l.setLinkName("busybox");
        tar.putArchiveEntry(l);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
