package io.drydock.cli;

import io.drydock.common.DrydockException;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.runtime.RuncStatsJson;
import io.drydock.runtime.RuntimeId;
import io.drydock.runtime.cgroup.CgroupStats;
import io.drydock.runtime.spec.SpecCodec;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code events [--stats] [--interval 5s] ID}: runc's JSON events, one per line. With
 * {@code --stats} one stats event; otherwise a stats event every interval, and an {@code oom}
 * event whenever the cgroup's OOM-kill count rises, until the container stops.
 */
@Command(name = "events", description = "Display container events and resource usage.")
final class RuntimeEvents extends RuntimeVerb {
  @Parameters(index = "0", paramLabel = "ID") String id;

  @Option(names = "--stats", description = "Print the stats once and exit.") boolean stats;

  @Option(names = "--interval", description = "Interval between stats events (runc's 5s; ms, s, m).")
  String interval = "5s";

  @Override
  int run() {
    LinuxRuntime rt = runtime();
    RuntimeId rid = id(id);
    CgroupStats first = rt.stats(rid);
    print(RuncStatsJson.event(id, first));
    if (stats) {
      return 0;
    }
    long oomKills = first.memory().oomKills();
    Duration every = duration(interval);
    while (!rt.state(rid).status().equals("stopped")) {
      sleep(every);
      CgroupStats s;
      try {
        s = rt.stats(rid);
      } catch (DrydockException.Conflict | DrydockException.NotFound gone) {
        return 0;
      }
      if (s.memory().oomKills() > oomKills) {
        print(RuncStatsJson.oom(id));
        oomKills = s.memory().oomKills();
      }
      print(RuncStatsJson.event(id, s));
    }
    return 0;
  }

  private void print(Object event) {
    try {
      out().println(SpecCodec.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(event));
      out().flush();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DrydockException.SystemError("encode event: " + e.getOriginalMessage(), e);
    }
  }

  static Duration duration(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(text.trim());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new DrydockException.InvalidArgument("invalid --interval \"" + text + "\" (e.g. 500ms, 5s, 1m)");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      default -> Duration.ofMinutes(n);
    };
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted", e);
    }
  }
}
