package io.drydock.supervisor.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes that a crash cannot tear: the bytes go to a temp file in the same directory, are fsynced,
 * renamed over the target (rename(2) is atomic within a file system) and the directory is fsynced
 * so that the rename itself survives a power cut. A reader sees the old file or the new one, never
 * a mix. Temp files are named {@code .tmp-*} so that an owner can sweep them on start.
 */
public final class AtomicFiles {
  /** Prefix of every temp file this class creates; such leftovers of a crash may be deleted. */
  public static final String TEMP_PREFIX = ".tmp-";

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content} atomically and durably. */
  public static void write(Path target, byte[] content) {
    writeBeforeCommit(target, content);
    try {
      fsyncDirectory(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Like {@link #write} without the directory's fsync: the content is fsynced before the rename (so
   * the file is never torn), but the new directory entry becomes durable only with the caller's
   * next fsync of a directory on the same file system — for a file written just before its
   * owner's commit point, which fsyncs its own directory (a container's record after its
   * snapshot's metadata and wiring). On file systems that journal metadata in order (ext4, xfs)
   * that later fsync commits every earlier rename and mkdir too; a file system without that order
   * would already lose the directories created beside such a file (mkdir is never fsynced), so an
   * fsync of this file's directory alone would not make its owner whole either.
   */
  public static void writeBeforeCommit(Path target, byte[] content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
    try {
      try (FileChannel ch =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces {@code target} with {@code content} atomically but without fsyncs, for files whose
   * content means nothing after the machine goes down: state under the exec root (a tmpfs on most
   * hosts, and the tasks it describes die with the machine) and files rebuilt at every start (a
   * bundle's config.json, /etc/hosts). A daemon killed at any point still finds the old file or
   * the new one (the page cache outlives the process); only a power cut may lose them, and with
   * them nothing that is still running. Each fsync costs milliseconds on a busy disk, and a
   * container start writes several of these.
   */
  public static void replace(Path target, byte[] content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
    try {
      Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Renames {@code source} to {@code target} (same file system) and fsyncs the target's directory. */
  public static void moveDurably(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    fsyncDirectory(target.toAbsolutePath().getParent());
  }

  /** Makes the entries of a directory (creations, renames, deletions) durable. */
  public static void fsyncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /** Whether a file name is one of this class's temp files. */
  public static boolean isTemp(Path file) {
    return file.getFileName().toString().startsWith(TEMP_PREFIX);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the original failure is the one worth reporting; a stray .tmp- file is swept on start
    }
  }
}
