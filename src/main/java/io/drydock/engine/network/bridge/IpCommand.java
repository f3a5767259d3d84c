package io.drydock.engine.network.bridge;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one place the network code launches programs: iproute2's {@code ip} on the host, the same
 * inside a namespace through {@code nsenter --net=<file>}, and {@code unshare --net=<file>} to
 * make a persistent namespace. iproute2 rather than netlink over JNA: its commands are the
 * documented, audited interface every admin can replay by hand, and one process per step costs
 * a few milliseconds, far below a container start. A failing command throws with its stderr.
 */
public final class IpCommand {
  private static final long TIMEOUT_SECONDS = 20;

  /** {@code ip args...} in the daemon's namespace. */
  public String ip(String... args) {
    List<String> cmd = new ArrayList<>(List.of("ip"));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  /** {@code ip args...} inside the namespace bound at {@code netns}. */
  public String ipIn(Path netns, String... args) {
    List<String> cmd = new ArrayList<>(List.of("nsenter", "--net=" + netns, "ip"));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  /** Any program inside the namespace (tests run busybox {@code ping} this way). */
  public String execIn(Path netns, String... args) {
    List<String> cmd = new ArrayList<>(List.of("nsenter", "--net=" + netns));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  /** Creates a new network namespace and binds it at {@code file} (which must exist, empty). */
  public void unshareNet(Path file) {
    run(List.of("unshare", "--net=" + file, "true"));
  }

  /** Whether a link of that name exists in the daemon's namespace. */
  public boolean linkExists(String name) {
    try {
      ip("link", "show", "dev", name);
      return true;
    } catch (DrydockException.SystemError e) {
      return false;
    }
  }

  private static String run(List<String> command) {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new DrydockException.SystemError(String.join(" ", command) + ": " + e.getMessage(), e);
    }
    try {
      p.getOutputStream().close();
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
