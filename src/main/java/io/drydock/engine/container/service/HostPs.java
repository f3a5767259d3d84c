package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code docker top} runs the host's {@code ps} (procps), as dockerd does, so the columns, their
 * titles and formats (user names, STIME, TIME, TTY) are exactly the ones an admin knows, for the
 * default {@code -ef} and for any {@code ps_args}. {@link PsOutput} keeps the container's rows.
 */
final class HostPs {
  private static final long TIMEOUT_SECONDS = 20;

  private HostPs() {}

  static ProcessList top(String psArgs, List<Long> pids) {
    List<String> args = PsOutput.arguments(psArgs);
    List<String> selected = new ArrayList<>(args);
    selected.add(PsOutput.pidSelection(pids));
    Result r = run(selected);
    if (r.exit() != 0) {
      r = run(args);
      if (r.exit() != 0) {
        String line = r.stderr().lines().findFirst().orElse("exit status " + r.exit());
        throw new DrydockException.SystemError("ps: " + line);
      }
    }
    return PsOutput.containerRows(r.stdout(), new HashSet<>(pids));
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result run(List<String> args) {
    List<String> command = new ArrayList<>(List.of("ps"));
    command.addAll(args);
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new DrydockException.SystemError("ps: exec: \"ps\": executable file not found in $PATH", e);
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DrydockException.SystemError("ps: did not finish in " + TIMEOUT_SECONDS + " s");
      }
      return new Result(p.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new DrydockException.SystemError("ps: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new DrydockException.SystemError("ps: interrupted", e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
