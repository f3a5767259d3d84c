package io.drydock.runtime;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The native helper and the other binaries compiled by the build travel inside the jar. They are
 * extracted once per content hash into a private directory ({@code 0500}, files {@code 0500}), so
 * a binary on disk is never replaced while it may be running, and a tampered copy is noticed
 * because its hash is checked each time it is located.
 */
public final class HelperBinary {
  /** The helper: runtime init and per-container shim. */
  public static final String HELPER = "drydock-helper";

  /** The built-in "hello" image's only file. */
  public static final String HELLO = "hello";

  /** PID 1 of {@code docker run --init} (drydock's docker-init), bind-mounted at /sbin/docker-init. */
  public static final String INIT = "drydock-init";

  private HelperBinary() {}

  /** Default location: root keeps them under /var/lib/drydock, others in their cache dir. */
  public static Path defaultDirectory() {
    String override = System.getenv("DRYDOCK_NATIVE_DIR");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    if ("root".equals(System.getProperty("user.name"))) {
      return Path.of("/var/lib/drydock/native");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "drydock", "native");
  }

  /**
   * What this JVM executes for {@code helper}: its sealed in-memory copy ({@code /proc/<jvm>/fd/N}),
   * or {@code helper} itself when no copy can be made. A shim started from the copy runs the
   * runtime's helper (the same copy) in its forked child without an execve.
   */
  public static Path sealedCopy(Path helper) {
    return HelperImage.executable(helper);
  }

  /** Returns the path of the named binary, extracting it from the jar if needed. */
  public static Path locate(String name) {
    return locate(name, defaultDirectory());
  }

  /** Returns the path of the named binary under {@code base}, extracting it if needed. */
  public static Path locate(String name, Path base) {
    byte[] bytes = readResource(name);
    String hash = sha256(bytes);
    Path dir = base.resolve(hash.substring(0, 16));
    Path file = dir.resolve(name);
    try {
      if (Files.isRegularFile(file)) {
        if (!sha256(Files.readAllBytes(file)).equals(hash)) {
          throw new DrydockException.SystemError(
              file + " does not match the binary in the jar (tampered?); remove " + dir + " and retry");
        }
        return file;
      }
      extract(bytes, base, dir, name);
      return file;
    } catch (IOException e) {
      throw new DrydockException.SystemError("extract " + name + " to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void extract(byte[] bytes, Path base, Path dir, String name) throws IOException {
    Files.createDirectories(base);
    Path staging = Files.createTempDirectory(base, ".staging-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path tmp = staging.resolve(name);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
      ch.force(true);
    }
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("r-x------"));
    Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("r-x------"));
    try {
      Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
      // another process extracted the same hash first; its copy is identical
      deleteStaging(staging, tmp);
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
  }

  private static void deleteStaging(Path staging, Path tmp) throws IOException {
    Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwx------"));
    Files.deleteIfExists(tmp);
    Files.deleteIfExists(staging);
  }

  private static byte[] readResource(String name) {
    String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
    if (arch.equals("aarch64") || arch.equals("arm64")) {
      arch = "aarch64";
    }
    String resource = "/native/" + arch + "/" + name;
    try (InputStream in = HelperBinary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DrydockException.SystemError(
            "native binary " + resource + " is not in the jar; build with ./mvnw package on " + arch);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + resource + ": " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
