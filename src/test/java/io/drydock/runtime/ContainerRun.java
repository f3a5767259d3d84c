package io.drydock.runtime;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import io.drydock.runtime.plan.LaunchPlan;

/** Runs one bundle to its end through the in-process runtime and always deletes it afterwards. */
final class ContainerRun {
  record Result(int exitCode, String out, String err) {
    /** The "key=value" lines of the output. */
    Map<String, String> facts() {
      Map<String, String> m = new LinkedHashMap<>();
      for (String line : out.split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          m.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      return m;
    }
  }

  private ContainerRun() {}

  static Result run(LinuxRuntime rt, RuntimeId id, Path bundle, Path tmp) throws IOException {
    return run(rt, id, bundle, tmp, UnaryOperator.identity());
  }

  static Result run(LinuxRuntime rt, RuntimeId id, Path bundle, Path tmp, UnaryOperator<LaunchPlan> adjust)
      throws IOException {
    Path out = tmp.resolve(id + ".out");
    Path err = tmp.resolve(id + ".err");
    rt.create(id, bundle, CreateOptions.defaults().withPlanAdjuster(adjust)
        .withStdio(new HelperSession.Stdio(Redirect.PIPE, Redirect.to(out.toFile()), Redirect.to(err.toFile()))));
    try {
      rt.start(id);
      int code = rt.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
      return new Result(code, Files.readString(out), Files.readString(err));
    } finally {
      rt.delete(id, true);
    }
  }
}
