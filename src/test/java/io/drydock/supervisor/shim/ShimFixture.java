package io.drydock.supervisor.shim;

import io.drydock.runtime.HelperBinary;
import io.drydock.testing.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts shims for a test and ends them afterwards: the command (and anything it left behind) and
 * the shim, each by its pid and only when /proc still shows the process the test started; then the
 * state directories are removed. Used from @AfterEach so that failing tests clean up too.
 */
final class ShimFixture implements AutoCloseable, AfterEachCallback {
  /** How long a shim test waits for anything. */
  static final Duration WAIT = Duration.ofSeconds(20);

  final Path helper = HelperBinary.locate(HelperBinary.HELPER);
  final Path root;
  private final List<ShimHandle> started = new ArrayList<>();
  private final List<ProcessHandle> extra = new ArrayList<>();

  ShimFixture() throws IOException {
    root = Files.createTempDirectory(Path.of("/tmp"), "dd-shim-");
  }

  /** Registered with @RegisterExtension: the test's shims end after each test, also a failing one. */
  static ShimFixture create() {
    try {
      return new ShimFixture();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    close();
  }

  ShimSpec sh(String id, String script) {
    return ShimSpec.of(id, root.resolve(id), List.of("/bin/sh", "-c", script));
  }

  ShimHandle start(ShimSpec spec) {
    ShimHandle h = new ShimLauncher(helper).start(spec);
    track(h);
    return h;
  }

  synchronized void track(ShimHandle h) {
    started.add(h);
  }

  /** A handle taken while the process lives: destroying it later cannot hit a recycled pid (the JDK checks the start time). */
  synchronized void track(ProcessHandle process) {
    extra.add(process);
  }

  static ExitStatus awaitExit(ShimHandle h, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ExitStatus> s = ExitStatus.read(h.paths().exitFile());
      if (s.isPresent()) {
        return s.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no exit.json in " + h.paths().stateDir() + " after " + timeout);
  }

  static void awaitGone(long pid, Duration timeout) {
    Poll.require(timeout, "process " + pid + " gone", () -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }

  static List<LogEntry> log(ShimHandle h) {
    return new JsonFileLogReader(h.paths().logFile()).readAll(LogQuery.all());
  }

  static String text(List<LogEntry> entries, LogStream stream) {
    StringBuilder sb = new StringBuilder();
    entries.stream().filter(e -> e.stream() == stream).forEach(e -> sb.append(e.log()));
    return sb.toString();
  }

  @Override
  public synchronized void close() throws IOException {
    for (ShimHandle h : started) {
      ProcessHandle.of(h.shimPid()).filter(p -> ShimRecovery.isShimOf(h.shimPid(), h.paths())).ifPresent(shim -> {
        shim.descendants().forEach(ProcessHandle::destroyForcibly);
        shim.destroyForcibly();
      });
    }
    extra.forEach(ProcessHandle::destroyForcibly);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
