package io.drydock.runtime;

import io.drydock.common.DrydockException;
import io.drydock.runtime.spec.Hook;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.State;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the hooks that belong to the runtime's namespace (prestart, createRuntime, poststart,
 * poststop): each gets the container's state JSON on stdin, its own args and env, and is killed
 * after its timeout. A failure is an error naming the hook and what happened, with what the hook
 * wrote to stderr (as runc's "error running hook": a hook's own explanation is the useful part).
 */
final class HookRunner {
  static final long DEFAULT_TIMEOUT_S = 30;
  /** How much of a failed hook's stderr its error message carries (runc carries all of it). */
  static final int STDERR_TAIL = 1024;
  /** How long a failed hook's stderr may take to reach its end (a grandchild may hold it open). */
  private static final java.time.Duration STDERR_WAIT = java.time.Duration.ofMillis(500);

  private HookRunner() {}

  static void run(String phase, List<Hook> hooks, State state) {
    if (hooks == null) {
      return;
    }
    for (int i = 0; i < hooks.size(); i++) {
      runOne(phase + " hook " + i + " (" + hooks.get(i).path() + ")", hooks.get(i), state);
    }
  }

  /** Runs every hook and returns the failures instead of stopping at one (poststart, poststop). */
  static List<String> runAll(String phase, List<Hook> hooks, State state) {
    List<String> failures = new ArrayList<>();
    for (int i = 0; hooks != null && i < hooks.size(); i++) {
      try {
        runOne(phase + " hook " + i + " (" + hooks.get(i).path() + ")", hooks.get(i), state);
      } catch (DrydockException e) {
        failures.add(e.getMessage());
      }
    }
    return failures;
  }

  private static void runOne(String name, Hook hook, State state) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(hook.path()).toString());
    if (hook.args() != null && hook.args().size() > 1) {
      cmd.addAll(hook.args().subList(1, hook.args().size()));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(Redirect.DISCARD).redirectError(Redirect.PIPE);
    pb.environment().clear();
    if (hook.env() != null) {
      for (String e : hook.env()) {
        int eq = e.indexOf('=');
        if (eq > 0) {
          pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
      }
    }
    long timeout = hook.timeout() == null ? DEFAULT_TIMEOUT_S : hook.timeout();
    try {
      Process p = pb.start();
      StderrTail stderr = StderrTail.start(p.getErrorStream(), STDERR_TAIL);
      try (OutputStream in = p.getOutputStream()) {
        in.write(SpecCodec.mapper().writeValueAsBytes(state));
      } catch (IOException e) {
        // the hook did not read its stdin: allowed
      }
      if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DrydockException.SystemError(name + ": timed out after " + timeout + " s");
      }
      if (p.exitValue() != 0) {
        String said = stderr.text(STDERR_WAIT);
        throw new DrydockException.SystemError(name + ": exit status " + p.exitValue() + (said.isEmpty() ? "" : ", stderr: " + said));
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError(name + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError(name + ": interrupted", e);
    }
  }
}
