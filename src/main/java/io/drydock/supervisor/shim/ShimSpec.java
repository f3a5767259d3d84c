package io.drydock.supervisor.shim;

import io.drydock.common.DrydockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a shim is asked to run: the command (any argv: {@code drydock-helper init}, {@code runc run},
 * a test's shell), its environment, its stdio mode, log rotation, whether the command waits for an
 * explicit start, and whether the command may hand the container's init over to the shim
 * ({@code adoptInit}: drydock's helper exits once the init waits for start, so one process per
 * container remains). Validated on construction so that a bad request fails before any file is
 * created.
 *
 * <p>With {@code tty} the shim makes no terminal itself: the command sends the master of a pty it
 * made over {@link ShimPaths#consoleSocket()}, as runc sends one made in the container's devpts to
 * its {@code --console-socket}, and the shim relays that master; until then the command's stdio is
 * {@code /dev/null}.
 */
public record ShimSpec(
    String id,
    Path stateDir,
    List<String> command,
    Map<String, String> env,
    boolean tty,
    boolean openStdin,
    Optional<TtySize> initialSize,
    LogOptions log,
    boolean startHeld,
    Optional<Path> logPath,
    boolean adoptInit) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
  /** sun_path holds 108 bytes including the terminating NUL. */
  private static final int MAX_SOCKET_PATH = 107;

  public ShimSpec {
    if (id == null || !ID.matcher(id).matches()) {
      throw new DrydockException.InvalidArgument("invalid container id \"" + id + "\": use [A-Za-z0-9][A-Za-z0-9_.-]*");
    }
    if (!stateDir.isAbsolute()) {
      throw new DrydockException.InvalidArgument("state directory " + stateDir + " must be an absolute path");
    }
    int socketLength = stateDir.resolve(ShimProtocol.FILE_SOCKET).toString().getBytes(StandardCharsets.UTF_8).length;
    if (socketLength > MAX_SOCKET_PATH) {
      throw new DrydockException.InvalidArgument(
          "state directory " + stateDir + " is too long for a unix socket path (" + socketLength + " > " + MAX_SOCKET_PATH + " bytes)");
    }
    if (command.isEmpty() || command.get(0).isEmpty()) {
      throw new DrydockException.InvalidArgument("no command specified");
    }
    command = List.copyOf(command);
    env = Map.copyOf(env);
    for (String key : env.keySet()) {
      if (key.isEmpty() || key.contains("=") || key.indexOf('\0') >= 0) {
        throw new DrydockException.InvalidArgument("invalid environment variable name \"" + key + "\"");
      }
    }
    if (logPath.isPresent() && !logPath.get().isAbsolute()) {
      throw new DrydockException.InvalidArgument("log path " + logPath.get() + " must be an absolute path");
    }
    if (initialSize.isPresent() && !tty) {
      throw new DrydockException.InvalidArgument("a window size needs a tty");
    }
  }

  /** A spec whose command's own exit is the container's (no hand-over of an init). */
  public ShimSpec(String id, Path stateDir, List<String> command, Map<String, String> env, boolean tty, boolean openStdin,
      Optional<TtySize> initialSize, LogOptions log, boolean startHeld, Optional<Path> logPath) {
    this(id, stateDir, command, env, tty, openStdin, initialSize, log, startHeld, logPath, false);
  }

  /** A spec whose log is {@code stateDir/<id>-json.log}. */
  public ShimSpec(String id, Path stateDir, List<String> command, Map<String, String> env, boolean tty, boolean openStdin,
      Optional<TtySize> initialSize, LogOptions log, boolean startHeld) {
    this(id, stateDir, command, env, tty, openStdin, initialSize, log, startHeld, Optional.empty());
  }

  /** A spec without tty, stdin or rotation: the common case of tests and detached containers. */
  public static ShimSpec of(String id, Path stateDir, List<String> command) {
    return new ShimSpec(id, stateDir, command, Map.of("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        false, false, Optional.empty(), LogOptions.unlimited(), false);
  }

  public ShimSpec withTty(TtySize size) {
    return new ShimSpec(id, stateDir, command, env, true, openStdin, Optional.of(size), log, startHeld, logPath, adoptInit);
  }

  public ShimSpec withOpenStdin() {
    return new ShimSpec(id, stateDir, command, env, tty, true, initialSize, log, startHeld, logPath, adoptInit);
  }

  public ShimSpec withLog(LogOptions options) {
    return new ShimSpec(id, stateDir, command, env, tty, openStdin, initialSize, options, startHeld, logPath, adoptInit);
  }

  public ShimSpec withEnv(Map<String, String> environment) {
    return new ShimSpec(id, stateDir, command, environment, tty, openStdin, initialSize, log, startHeld, logPath, adoptInit);
  }

  /** The command is forked but execs only on {@link ShimClient#start}: create, attach, then start. */
  public ShimSpec withStartHeld() {
    return new ShimSpec(id, stateDir, command, env, tty, openStdin, initialSize, log, true, logPath, adoptInit);
  }

  /** The log is written to {@code file} instead of {@code stateDir/<id>-json.log} (the engine chooses it). */
  public ShimSpec withLogPath(Path file) {
    return new ShimSpec(id, stateDir, command, env, tty, openStdin, initialSize, log, startHeld, Optional.of(file), adoptInit);
  }

  /**
   * The command ({@code drydock-helper init}) may hand the container's init over to the shim and
   * exit: the shim then reaps the init and records its status (spec/shim.md, "Hand-over").
   */
  public ShimSpec withAdoptedInit() {
    return new ShimSpec(id, stateDir, command, env, tty, openStdin, initialSize, log, startHeld, logPath, true);
  }

  /** Where the json-file log is written. */
  public Path logFile() {
    return logPath.orElse(paths().logFile());
  }

  public ShimPaths paths() {
    return new ShimPaths(id, stateDir);
  }
}
