package io.drydock.runtime.cgroup;

import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.bpf.BpfInstruction;
import io.drydock.runtime.cgroup.bpf.DeviceFilter;
import io.drydock.runtime.cgroup.bpf.DeviceFilterInstaller;
import io.drydock.runtime.cgroup.bpf.DeviceFilterProgram;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every read, write, mkdir and rmdir of cgroupfs goes through here, rooted at a configurable
 * directory: {@code /} on the host, a temporary directory holding a fake cgroupfs in tests. Host
 * paths (mount points from mountinfo) are resolved under the root. Errors name the file and the
 * kernel's errno text, the way runc reports them.
 *
 * <p>A fake cgroupfs cannot create pseudo-files by itself, so in fake mode {@link #mkdir} gives a
 * new directory copies of its parent's files (the {@code cgroup.*} core files and a cpuset's cpus
 * and mems empty, as the kernel makes them; the limits with the parent's values) and
 * {@link #rmdir} deletes plain files first. The eBPF device program a v2 cgroup gets is no file;
 * the fake writes its instructions, in hex, to {@value #FAKE_DEVICE_PROGRAM} instead.
 */
public final class CgroupFs {
  /** The file in which a fake cgroupfs keeps the device program installed on a directory. */
  static final String FAKE_DEVICE_PROGRAM = "fake.device_program";

  private final Path root;
  private final boolean fake;

  private CgroupFs(Path root, boolean fake) {
    this.root = root;
    this.fake = fake;
  }

  /** The real cgroupfs of this host. */
  public static CgroupFs host() {
    return new CgroupFs(Path.of("/"), false);
  }

  /** A fake cgroupfs under {@code root}; mount points from mountinfo are resolved beneath it. */
  public static CgroupFs fake(Path root) {
    return new CgroupFs(root, true);
  }

  /** Where a host path lives in this filesystem. */
  public Path resolve(Path hostPath) {
    return root.resolve(Path.of("/").relativize(hostPath.toAbsolutePath()));
  }

  boolean exists(Path path) {
    return Files.exists(path);
  }

  String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw failure("read", file, e);
    }
  }

  void write(Path file, String value) {
    try {
      Files.writeString(file, value, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new DrydockException.SystemError(
          "write " + file + " (value \"" + value + "\"): " + reason(e), e);
    }
  }

  /**
   * Writes each value with a {@code write(2)} of its own through one open descriptor, in order:
   * cgroupfs takes every write as one input (a device rule, a limit), so a list of rules costs one
   * open instead of one per rule. The fake writes them one by one, each replacing the file.
   */
  void writeEach(Path file, List<String> values) {
    if (fake || values.size() == 1) {
      values.forEach(v -> write(file, v));
      return;
    }
    String current = values.get(0);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
      for (String v : values) {
        current = v;
        ch.write(java.nio.ByteBuffer.wrap(v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("write " + file + " (value \"" + current + "\"): " + reason(e), e);
    }
  }

  /** Makes the program for {@code filter} the device program of the v2 cgroup {@code dir}. */
  void installDeviceFilter(Path dir, DeviceFilter filter) {
    if (!fake) {
      DeviceFilterInstaller.install(dir, filter);
      return;
    }
    String hex = HexFormat.of().formatHex(BpfInstruction.encode(DeviceFilterProgram.compile(filter)));
    try {
      Files.writeString(dir.resolve(FAKE_DEVICE_PROGRAM), hex);
    } catch (IOException e) {
      throw failure("write", dir.resolve(FAKE_DEVICE_PROGRAM), e);
    }
  }

  /** Creates one directory; false when it already existed (or another process made it first). */
  boolean mkdir(Path dir) {
    if (Files.isDirectory(dir)) {
      return false;
    }
    try {
      Files.createDirectory(dir);
      if (fake) {
        copyFileNamesFromParent(dir);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw failure("mkdir", dir, e);
    }
  }

  /** Removes one (empty, for the kernel) cgroup directory; false when it was already gone. */
  boolean rmdir(Path dir) throws IOException {
    if (fake) {
      deletePlainFiles(dir);
    }
    return Files.deleteIfExists(dir);
  }

  /** Child directories of {@code dir}, i.e. sub-cgroups. */
  List<Path> subdirectories(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw failure("list", dir, e);
    }
  }

  private void copyFileNamesFromParent(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir.getParent())) {
      entries.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      boolean startsEmpty = name.startsWith("cgroup.") || name.equals("cpuset.cpus") || name.equals("cpuset.mems");
      Files.writeString(dir.resolve(name), startsEmpty ? "" : Files.readString(file));
    }
  }

  private static void deletePlainFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> entries = Files.list(dir)) {
      files = entries.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Files.delete(file);
    }
  }

  /**
   * A failed file operation as drydock's error. A missing file is NotFound, and so is ENODEV, what
   * a file of a cgroup removed meanwhile answers (its exit's cleanup racing a kill, say).
   */
  static DrydockException failure(String op, Path path, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new DrydockException.NotFound(op + " " + path + ": no such file or directory");
    }
    if ("No such device".equals(reason(e))) {
      return new DrydockException.NotFound(op + " " + path + ": no such device (the cgroup was removed)");
    }
    return new DrydockException.SystemError(op + " " + path + ": " + reason(e), e);
  }

  /** The errno text of a failed call, e.g. "Invalid argument" or "Device or resource busy". */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage();
  }
}
