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
 * A root file system made of this host's static busybox, a few applet links and an empty
 * {@code /tmp}, as a tar stream with fixed times (the same bytes, so the same layer digest, on
 * every run). The scenarios import it as their image, so they need no registry and no network on
 * any engine; it is the one busybox image of every drydock test.
 */
public final class BusyboxImage {
  public static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  /** The applets linked in {@code /bin}. */
  public static final List<String> APPLETS = List.of("sh", "echo", "sleep", "cat", "ls", "true", "false", "env", "id", "hostname", "ps", "top",
      "mkdir", "rm", "touch", "wget", "uname");

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
      directory(tar, "bin/");
      directory(tar, "tmp/");
      TarArchiveEntry e = new TarArchiveEntry("bin/busybox");
      e.setMode(0100755);
      e.setSize(bin.length);
      e.setModTime(0L);
      tar.putArchiveEntry(e);
      tar.write(bin);
      tar.closeArchiveEntry();
      for (String applet : APPLETS) {
        TarArchiveEntry l = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
        l.setLinkName("busybox");
        l.setModTime(0L);
        tar.putArchiveEntry(l);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
    TarArchiveEntry d = new TarArchiveEntry(name);
    d.setMode(040755);
    d.setModTime(0L);
    tar.putArchiveEntry(d);
    tar.closeArchiveEntry();
  }
}
