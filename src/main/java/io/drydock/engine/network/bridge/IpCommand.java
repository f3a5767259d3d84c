package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import io.drydock.os.NetnsCalls;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one place the network code launches programs: iproute2's {@code ip} on the host, and the
 * same inside a namespace, launched from a thread that entered it ({@link NetnsCalls#callIn}: a
 * child starts in its parent thread's network namespace, which saves the {@code nsenter} process
 * a program of its own would need). iproute2 rather than netlink over JNA: its commands are the
 * documented, audited interface every admin can replay by hand. A process costs a few
 * milliseconds, about a container start's worth on this machine, so the steps of one wiring go
 * to one {@code ip -batch -} per namespace ({@link #batch}, {@link #batchIn}) instead of one
 * process each. Whether a link exists is read from sysfs, with no process at all. A failing
 * command throws with its stderr.
 */
public final class IpCommand {
  private static final long TIMEOUT_SECONDS = 20;
  private static final Path SYS_CLASS_NET = Path.of("/sys/class/net");

  /** {@code ip args...} in the daemon's namespace. */
  public String ip(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip"));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  /**
   * Several {@code ip} commands, one per line of {@code ip -batch -}, in the daemon's namespace;
   * the first failing line stops the batch and throws with iproute2's message (which names the line).
   */
  public String batch(List<List<String>> commands) {
    return run(List.of("ip", "-batch", "-"), batchText(commands));
  }

  /** {@link #batch} inside the namespace bound at {@code netns}. */
  public String batchIn(Path netns, List<List<String>> commands) {
    String text = batchText(commands);
    return NetnsCalls.callIn(netns, () -> run(List.of("ip", "-batch", "-"), text));
  }

  /**
   * Whether a link of that name exists in the daemon's namespace, read from
   * {@code /sys/class/net}: the daemon's sysfs shows the links of its own network namespace.
   */
  public boolean linkExists(String name) {
    return Files.exists(SYS_CLASS_NET.resolve(name), LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether a link of that name exists and is a bridge (it has a {@code bridge} directory). */
  public boolean isBridge(String name) {
    return Files.isDirectory(SYS_CLASS_NET.resolve(name).resolve("bridge"));
  }

  /** Whether the bridge of that name has no port (its {@code brif} directory is empty or gone). */
  public boolean bridgeHasNoPorts(String bridge) {
    try (Stream<Path> ports = Files.list(SYS_CLASS_NET.resolve(bridge).resolve("brif"))) {
      return ports.findAny().isEmpty();
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException e) {
      throw new DrydockException.SystemError("list the ports of bridge " + bridge + ": " + e.getMessage(), e);
    }
  }

  /**
   * The text {@code ip -batch} reads. Tokens come from the daemon's own names, addresses and paths;
   * one with a blank or a quote could split or join lines, so it is refused rather than quoted.
   */
  static String batchText(List<List<String>> commands) {
    StringBuilder text = new StringBuilder();
    for (List<String> command : commands) {
      for (String token : command) {
        if (token.isEmpty() || token.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '#' || c == '\\')) {
          throw new DrydockException.InvalidArgument("ip batch: token " + token + " has a blank, quote, comment sign or backslash");
        }
      }
      text.append(String.join(" ", command)).append('\n');
    }
    return text.toString();
  }

  private static String run(List<String> command) {
    return run(command, "");
  }

  private static String run(List<String> command, String stdin) {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new DrydockException.SystemError(String.join(" ", command) + ": " + e.getMessage(), e);
    }
    try {
      try (var in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DrydockException.SystemError(String.join(" ", command) + ": timed out");
      }
      if (p.exitValue() != 0) {
        throw new DrydockException.SystemError(
            String.join(" ", command) + ": " + new String(err, StandardCharsets.UTF_8).trim() + " (exit " + p.exitValue() + ")");
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      p.destroyForcibly();
      throw new DrydockException.SystemError(String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError(String.join(" ", command) + ": interrupted", e);
    }
  }
}
