package io.drydock.supervisor.shim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code drydock-helper shim --factory DIR} process that forks standby shims on request
 * (src/main/c/helper/shim.c): a standby shim then costs a fork of a small process (and a vfork'd
 * middle process that daemonizes it) instead of a process start of the helper (its execve, the C
 * library's start-up, a fork and an exit), which on a virtual machine is milliseconds of CPU per
 * container start. Each request is a socket path on the factory's stdin; the answer is the standby shim's report line on its stdout, as the
 * {@code --standby} launcher prints it. The shims are no children of the factory (it daemonizes
 * them as the launcher does) and it ends when its stdin closes, so none outlives its supervisor
 * because of it. Started on first use; a factory that failed is not started again, and the
 * caller falls back to the ordinary launch. Used from one thread ({@link ShimStandby}'s launcher).
 */
final class ShimFactory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ShimFactory.class);
  private static final long CLOSE_WAIT_SECONDS = 5;

  private final Path helper;
  private final Path dir;
  private final Map<String, String> env;
  private Process process;
  private boolean failed;

  ShimFactory(Path helper, Path dir, Map<String, String> env) {
    this.helper = helper;
    this.dir = dir;
    this.env = env;
  }

  /** A standby shim listening at {@code socket}: its report line; empty when the factory cannot make one. */
  synchronized Optional<byte[]> launch(Path socket) {
    if (failed) {
      return Optional.empty();
    }
    try {
      Process p = started();
      OutputStream requests = p.getOutputStream();
      requests.write((socket.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
      requests.flush();
      byte[] line = ShimLauncher.firstLine(p.getInputStream());
      if (line.length == 0) {
        throw new IOException("the factory ended (exit status " + p.waitFor() + ")");
      }
      return Optional.of(line);
    } catch (IOException e) {
      LOG.debug("standby shim factory failed, standby shims are started one by one from now: {}", e.toString());
      failed = true;
      stop();
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Process started() throws IOException {
    if (process == null) {
      ProcessBuilder pb = ShimLauncher.process(java.util.List.of(helper.toString(), "shim", "--factory", dir.toString()), env);
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      process = pb.start();
    }
    return process;
  }

  /** Ends the factory (EOF on its stdin) and waits for it, boundedly; shims it made are not affected. */
  @Override
  public synchronized void close() {
    stop();
  }

  private void stop() {
    Process p = process;
    process = null;
    if (p == null) {
      return;
    }
    try {
      p.getOutputStream().close();
      if (!p.waitFor(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      p.destroyForcibly();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
