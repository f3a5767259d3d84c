package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.os.SealedMemfd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the JVM executes to start the helper: one sealed in-memory copy of the helper binary per
 * JVM, run through {@code /proc/<jvm>/fd/N}. The helper then finds {@code /proc/self/exe} already
 * sealed and skips its own copy-and-re-exec (selfclone.c), which cost a 1 MB copy and a second
 * execve on every launch. The CVE-2019-5736 property is the same: a container can reach only a
 * read-only copy, never the binary on disk. If the copy cannot be made, the binary's own path is
 * used and the helper seals itself as before.
 */
final class HelperImage {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HelperImage.class);
  /** Kept for the JVM's lifetime: the descriptors must stay open while helpers may be exec'd. */
  private static final Map<Path, SealedMemfd> COPIES = new ConcurrentHashMap<>();

  private HelperImage() {}

  /** The path to exec for {@code helper}: its sealed copy, or itself when no copy can be made. */
  static Path executable(Path helper) {
    try {
      return COPIES.computeIfAbsent(helper.toAbsolutePath(), HelperImage::copy).procPath();
    } catch (DrydockException e) {
      LOG.warn("cannot keep a sealed copy of {} ({}); each launch copies it instead", helper, e.getMessage());
      return helper;
    }
  }

  private static SealedMemfd copy(Path helper) {
    try {
      SealedMemfd copy = SealedMemfd.of(HelperBinary.HELPER, Files.readAllBytes(helper));
      if (!copy.fullySealed()) {
        throw new DrydockException.SystemError("memfd copy of " + helper + " is not fully sealed");
      }
      return copy;
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + helper + ": " + e.getMessage(), e);
    }
  }
}
