package io.drydock.supervisor.shim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import io.drydock.runtime.HelperBinary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts a shim for one container. The helper process it launches (the launcher) starts a session
 * of its own, forks the real shim into it and exits once the shim reported that it started the
 * command, so when {@link #start} returns the shim is no child of this JVM (at most a grandchild
 * for the moment the launcher takes to exit) and outlives it; the command's pid is known and the
 * control socket is listening. The JVM reads the report line and does not wait for the launcher's
 * exit: the JDK reaps it.
 */
public final class ShimLauncher implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long START_TIMEOUT_SECONDS = 30;

  private final Path helper;
  private final java.util.Optional<ShimStandby> standby;

  /** {@code helper} is the {@code drydock-helper} binary (see {@code io.drydock.runtime.HelperBinary}). */
  public ShimLauncher(Path helper) {
    this(helper, java.util.Optional.empty());
  }

  private ShimLauncher(Path helper, java.util.Optional<ShimStandby> standby) {
    this.helper = helper;
    this.standby = standby;
  }

  /**
   * A launcher that keeps {@code count} shims with environment {@code env} started ahead of their
   * containers, their standby sockets in {@code dir} ({@link ShimStandby}); {@link #close} ends them.
   */
  public ShimLauncher withStandby(Path dir, java.util.Map<String, String> env, int count) {
    return new ShimLauncher(helper, java.util.Optional.of(new ShimStandby(helper, dir, env, count)));
  }

  /** How many standby shims wait, connected, for a container (for tests and reports). */
  int standbyReady() {
    return standby.map(ShimStandby::readyCount).orElse(0);
  }

  /** Ends the standby shims, if any; shims started for containers keep running. */
  @Override
  public void close() {
    standby.ifPresent(ShimStandby::close);
  }

  /**
   * A launcher using the helper carried in drydock's jar, through this JVM's sealed copy of it: the
   * shims run from the file the runtime's helper is exec'd from, so a shim's child becomes that
   * helper without exec'ing it again (src/main/c/helper/shim_child.c).
   */
  public static ShimLauncher bundled() {
    return new ShimLauncher(HelperBinary.sealedCopy(HelperBinary.locate(HelperBinary.HELPER)));
  }

  public ShimHandle start(ShimSpec spec) {
    if (ShimRecovery.answers(spec.paths())) {
      throw new DrydockException.Conflict("a shim for " + spec.id() + " is already running in " + spec.stateDir());
    }
    try {
      Files.createDirectories(spec.stateDir());
      Files.deleteIfExists(spec.paths().exitFile());
      java.util.List<String> argv = ShimCommandLine.of(helper, spec);
      java.util.Optional<byte[]> bound = standby.filter(s -> s.env().equals(spec.env()))
          .flatMap(s -> s.bind(argv.subList(2, argv.size())));
      if (bound.isPresent()) {
        return parse(spec, bound.get(), "");
      }
      Process launcher = process(argv, spec.env()).start();
      launcher.getOutputStream().close();
      byte[] report = firstLine(launcher.getInputStream());
      launcher.getInputStream().close();
      if (isSuccess(report)) { // the launcher exits right after its report; the JDK reaps it
        launcher.getErrorStream().close();
        return parse(spec, report, "");
      }
      String diagnostics = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!launcher.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        launcher.destroyForcibly();
        throw new DrydockException.SystemError("shim launcher for " + spec.id() + " did not finish in " + START_TIMEOUT_SECONDS + "s");
      }
      return parse(spec, report, diagnostics);
    } catch (IOException e) {
      throw new DrydockException.SystemError("start shim for " + spec.id() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted while starting the shim for " + spec.id(), e);
    }
  }

  /** A process of {@code argv} (the helper's shim modes) with exactly {@code env} as its environment. */
  static ProcessBuilder process(java.util.List<String> argv, java.util.Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(argv);
    pb.environment().clear();
    pb.environment().putAll(env);
    return pb;
  }

  /**
   * The report is one line; reading up to its newline, not to EOF, spares waiting for the launcher
   * to exit and for its pipes to close.
   */
  static byte[] firstLine(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[256];
    int n;
    while ((n = in.read(buf)) > 0) {
      line.write(buf, 0, n);
      if (buf[n - 1] == '\n') {
        break;
      }
    }
    return line.toByteArray();
  }

  private static boolean isSuccess(byte[] report) {
    return new String(report, StandardCharsets.US_ASCII).startsWith("{\"ok\":true");
  }

  private static ShimHandle parse(ShimSpec spec, byte[] report, String diagnostics) throws IOException {
    JsonNode n;
    try {
      n = JSON.readTree(report);
    } catch (IOException e) {
      n = null;
    }
    if (n == null || !n.has("ok")) {
      throw new DrydockException.SystemError("shim for " + spec.id() + " gave no start report" + (diagnostics.isEmpty() ? "" : ": " + diagnostics));
    }
    if (!n.get("ok").asBoolean()) {
      throw new ShimStartException("start shim for " + spec.id(), new ShimStartFailure(n.path("step").asText("unknown"), n.path("errno").asInt()));
    }
    return new ShimHandle(spec.paths(), n.required("shimPid").asLong(), n.required("pid").asLong());
  }
}
