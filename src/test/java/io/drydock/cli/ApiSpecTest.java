package io.drydock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.api.ErrorMapping;
import io.drydock.api.Route;
import io.drydock.api.RouteTable;
import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.system.EngineSettings;
import io.drydock.engine.system.HostProbe;
import io.drydock.engine.system.ObjectRegistry;
import io.drydock.engine.system.SystemService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** spec/api.md's endpoint table is the daemon's route table: same rows, same answers. */
class ApiSpecTest {
  private static final Path SPEC = Path.of("spec", "api.md");

  /** Rows of the Markdown table under "## Endpoints" as "METHOD path operationId answer-code". */
  static List<String> specRows() throws IOException {
    List<String> rows = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(SPEC)) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## Endpoints");
        continue;
      }
      if (!inSection || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| Group")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String path = cells[3].trim().replace("`", "");
      String code = cells[5].trim().split(" ")[0];
      rows.add(cells[2].trim() + " " + path + " " + cells[4].trim() + " " + code);
    }
    return rows;
  }

  static List<String> routeRows() {
    EngineSettings settings =
        new EngineSettings("id", "dev", "c", "t", Path.of("/tmp"), Path.of("/tmp"), "overlay2", "json-file", "cgroupfs", List.of(), "drydock", false);
    EventBus events = new EventBus();
    SystemService system = new SystemService(HostProbe.ofThisHost().probe(), settings, new ObjectRegistry(), events, Clock.systemUTC());
    List<String> rows = new ArrayList<>();
    Path dir;
    try {
      dir = Files.createTempDirectory("drydock-apispec");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      NetworkAndVolumeParts netvol = NetworkAndVolumeParts.create(dir.resolve("data"), dir.resolve("exec"), events);
      for (Route r : RouteTable.build(Daemon.routeGroups(system, events, null, null, "overlay2", netvol)).routes()) {
        rows.add(r.operation().method().name() + " " + r.operation().path().swaggerForm() + " " + r.operation().operationId() + " " + answer(r));
      }
      return rows;
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("remove " + dir, e);
    }
  }

  private static String answer(Route r) {
    if (r.served()) {
      return "200";
    }
    try {
      r.handler().handle(null, null);
      throw new AssertionError(r.operation().operationId() + " is not served but did not fail");
    } catch (DrydockException e) {
      return String.valueOf(ErrorMapping.status(e.kind()).code());
    }
  }

  @Test
  void theEndpointTableMatchesTheRouteTable() throws IOException {
    assertThat(specRows()).hasSize(106).containsExactlyInAnyOrderElementsOf(routeRows());
  }
}
