package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Finds the shims a previous supervisor left behind. A shim counts as alive only if its pid file
 * names a live process whose command line is this state directory's shim (so a recycled pid is not
 * mistaken for it) and that process answers {@code status} on the control socket. The exit file is
 * checked first and again last, because a shim may finish while it is being inspected.
 */
public final class ShimRecovery {
  /** Inspects every sub-directory of {@code root}; the directory name is the container id. */
  public List<RecoveredTask> scan(Path root) {
    List<RecoveredTask> found = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        found.add(inspect(new ShimPaths(dir.getFileName().toString(), dir.toAbsolutePath())));
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new DrydockException.SystemError("scan shim state in " + root + ": " + e.getMessage(), e);
    }
    return found;
  }

  public RecoveredTask inspect(ShimPaths paths) {
    Optional<ExitStatus> exit = ExitStatus.read(paths.exitFile());
    if (exit.isPresent()) {
      return new RecoveredTask.Exited(paths, exit.get());
    }
    OptionalLong shimPid = readPid(paths.pidFile());
    if (shimPid.isPresent() && isShimOf(shimPid.getAsLong(), paths)) {
      Optional<ShimStatus> status = statusOf(paths);
      if (status.isPresent() && status.get().state() != ShimState.EXITED) {
        return new RecoveredTask.Running(new ShimHandle(paths, shimPid.getAsLong(), status.get().pid()));
      }
    }
    exit = ExitStatus.read(paths.exitFile());
    if (exit.isPresent()) {
      return new RecoveredTask.Exited(paths, exit.get());
    }
    return new RecoveredTask.Lost(paths, shimPid.isEmpty()
        ? "no shim pid file in " + paths.stateDir()
        : "shim (pid " + shimPid.getAsLong() + ") is gone and recorded no exit status");
  }

  /** True when a live shim answers on the socket of {@code paths}. */
  static boolean answers(ShimPaths paths) {
    return Files.exists(paths.socket()) && statusOf(paths).isPresent();
  }

  private static Optional<ShimStatus> statusOf(ShimPaths paths) {
    try {
      return Optional.of(new ShimClient(paths.socket()).status());
    } catch (DrydockException.Unavailable e) {
      return Optional.empty();
    }
  }

  private static OptionalLong readPid(Path pidFile) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(pidFile).strip()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * The process is {@code drydock-helper shim} and works in DIR: its argv names
   * {@code --state-dir=DIR}, or — a standby shim, bound to DIR after it started
   * ({@link ShimStandby}) — its working directory is DIR (every shim changes into its state
   * directory).
   */
  static boolean isShimOf(long pid, ShimPaths paths) {
    Path proc = Path.of("/proc", Long.toString(pid));
    try {
      byte[] raw = Files.readAllBytes(proc.resolve("cmdline"));
      List<String> argv = Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
      if (argv.size() < 2 || !argv.get(1).equals("shim")) {
        return false;
      }
      return argv.contains("--state-dir=" + paths.stateDir()) || Files.isSameFile(proc.resolve("cwd"), paths.stateDir());
    } catch (IOException e) {
      return false;
    }
  }
}
