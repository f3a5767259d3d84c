package io.drydock.engine.image;

import io.drydock.engine.image.reference.ImageRef;
import io.drydock.testing.Requirements;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The test image: Debian's static busybox as {@code /bin/busybox} with applet symlinks, imported
 * as {@code busybox:latest} — test fixture only, production code never builds it.
 */
final class BusyboxImage {
  static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  static final List<String> APPLETS = List.of("sh", "ls", "cat", "echo", "true", "false", "sleep", "id", "env", "mkdir", "rm", "touch", "ps", "hostname", "wget", "uname");

  private BusyboxImage() {}

  static byte[] tar() throws IOException {
    Requirements.require("registry", Files.isRegularFile(BUSYBOX) ? Optional.empty() : Optional.of("needs busybox-static"));
    byte[] binary = Files.readAllBytes(BUSYBOX);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      dir(tar, "bin/");
      dir(tar, "tmp/");
      TarArchiveEntry bb = new TarArchiveEntry("bin/busybox");
      bb.setMode(0100755);
      bb.setSize(binary.length);
      bb.setModTime(0L);
      tar.putArchiveEntry(bb);
      tar.write(binary);
      tar.closeArchiveEntry();
      for (String applet : APPLETS) {
        TarArchiveEntry link = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
        link.setLinkName("busybox");
        link.setModTime(0L);
        tar.putArchiveEntry(link);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void dir(TarArchiveOutputStream tar, String name) throws IOException {
    TarArchiveEntry d = new TarArchiveEntry(name);
    d.setMode(040755);
    d.setModTime(0L);
    tar.putArchiveEntry(d);
    tar.closeArchiveEntry();
  }

  static ImageId importInto(Images images, String tag) throws IOException {
    return images.importRootfs(new ByteArrayInputStream(tar()), Optional.of(ImageRef.parse(tag)), List.of("CMD [\"/bin/sh\"]"), "");
  }
}
