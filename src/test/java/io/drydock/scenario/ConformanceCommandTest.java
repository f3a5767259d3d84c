package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.testing.ScenarioTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * {@code drydock conformance} as a user runs it — a separate JVM — against a drydock daemon of its
 * own on a private unix socket (and TCP on loopback, for a second column).
 */
@ScenarioTest
class ConformanceCommandTest {
  private static final Path FEATURES = Path.of("features").toAbsolutePath();
  private static final long TIMEOUT_SECONDS = 240;
  private static Path dir;
  private static DaemonProcess daemon;
  private static String unixHost;
  private static String tcpHost;

  @BeforeAll
  static void startDaemon() throws IOException {
    dir = Files.createTempDirectory("drydock-conformance");
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    unixHost = "unix://" + dir.resolve("daemon/drydock.sock");
    tcpHost = "tcp://127.0.0.1:" + port;
    daemon = DaemonProcess.start(dir.resolve("daemon"), "-H", unixHost, "-H", tcpHost);
  }

  @AfterAll
  static void stopDaemon() {
    try {
      if (daemon != null) {
        daemon.close();
      }
    } finally {
      TestEngine.deleteTree(dir);
    }
  }

  private static CommandResult conformance(String... args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
        DaemonProcess.MAIN, "conformance"));
    command.addAll(List.of(args));
    return CommandResult.run(dir, Map.of(), command, TIMEOUT_SECONDS);
  }

  @Test
  void everyScenarioOfFeaturesPassesOrIsSkippedAndBothTablesAreWritten() throws Exception {
    Path out = dir.resolve("full");
    CommandResult r = conformance("--host", unixHost, "--features", FEATURES.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.stderr()).isZero();

    String markdown = Files.readString(out.resolve("conformance.md"));
    assertThat(r.stdout()).isEqualTo(markdown);
    Set<String> expected = ScenarioLocations.of(FEATURES);
    Map<String, String> cells = markdown.lines().filter(l -> l.contains(".feature:")).collect(Collectors.toMap(
        l -> l.split(" \\| ")[1].trim(), l -> l.split(" \\| ")[2].replaceAll(" \\|$", "").trim()));
    assertThat(new TreeSet<>(cells.keySet())).as("a row for every scenario and example row of features/").isEqualTo(new TreeSet<>(expected));
    Set<String> gaps = ScenarioLocations.notYetImplemented(FEATURES);
    cells.forEach((where, cell) -> {
      if (gaps.contains(where)) {
        assertThat(cell).as(where).startsWith("skipped: tagged @not-yet-implemented");
      } else {
        assertThat(cell).as(where).isEqualTo("pass");
      }
    });

    Element suites = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve("conformance.xml")))).getDocumentElement();
    assertThat(suites.getAttribute("tests")).isEqualTo(String.valueOf(expected.size()));
    assertThat(suites.getAttribute("failures")).isEqualTo("0");
    assertThat(suites.getAttribute("skipped")).isEqualTo(String.valueOf(gaps.size()));
  }

  @Test
  void aFailedScenarioFailsTheRunAndTheTableSaysWhyForEachEngine() throws IOException {
    Path features = Files.createDirectories(dir.resolve("teapot"));
    Files.writeString(features.resolve("teapot.feature"), """
        Feature: teapot
          Scenario: ping is a teapot
            When I send GET "/_ping"
            Then the status is 418

          Scenario: ping answers
            When I send GET "/_ping"
            Then the status is 200
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("teapot-out");
    CommandResult r = conformance("--host", unixHost, "--host", tcpHost, "--features", features.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as("exit code; stderr:\n%s", r.stderr()).isEqualTo(1);
    String markdown = Files.readString(out.resolve("conformance.md"));
    assertThat(markdown).contains("| scenario | where | drydock dev (" + unixHost + ") | drydock dev (" + tcpHost + ") |");
    String why = "FAIL: Then the status is 418: status of a response with body OK: expected 418 but was 200";
    assertThat(markdown).contains("| ping is a teapot | teapot.feature:2 | " + why + " | " + why + " |");
    assertThat(markdown).contains("| ping answers | teapot.feature:6 | pass | pass |");
  }

  /**
   * The second column runs against the same daemon seconds after the first, with the same
   * container name: each reads back only its own events (read from the last 30 s by name, the
   * second saw the first's {@code create} too).
   */
  @Test
  void aScenarioRunAgainAtOnceReadsOnlyItsOwnEvents() throws IOException {
    Path features = Files.createDirectories(dir.resolve("rerun"));
    Files.writeString(features.resolve("rerun.feature"), """
        Feature: rerun
          Scenario: a container's events are its own
            Given the image "scenario-busybox" holds this host's busybox
            When I create a container named "rerun-events" with the JSON body "{\\"Image\\":\\"scenario-busybox\\",\\"Cmd\\":[\\"true\\"]}"
            Then the status is 201
            When I send DELETE "/v1.41/containers/rerun-events"
            Then the status is 204
            When I read this scenario's events with filters '{"container":["rerun-events"],"event":["create","destroy"]}'
            Then the streamed actions are "create,destroy"
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("rerun-out");
    CommandResult r = conformance("--host", unixHost, "--host", tcpHost, "--features", features.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as("exit code; stdout:\n%s\nstderr:\n%s", r.stdout(), r.stderr()).isZero();
    assertThat(Files.readString(out.resolve("conformance.md"))).contains("| a container's events are its own | rerun.feature:2 | pass | pass |");
  }

  @Test
  void anEngineHoldingContainersIsRefusedAndNothingIsWritten() {
    EngineClient client = new EngineClient(unixHost);
    HttpResult created = client.postJson("/v1.41/containers/create?name=conformance-guard", "{\"Image\":\"hello\"}");
    assertThat(created.head().status()).as(created.text()).isEqualTo(201);
    try {
      Path out = dir.resolve("refused");
      CommandResult r = conformance("--host", unixHost, "--features", FEATURES.toString(), "--out", out.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.stderr()).contains("holds 1 container(s); the scenarios remove every container");
      assertThat(out).doesNotExist();
      assertThat(client.request("GET", "/v1.41/containers/conformance-guard/json").head().status()).as("the container is untouched").isEqualTo(200);
    } finally {
      client.request("DELETE", "/v1.41/containers/conformance-guard?force=1");
    }
  }

  @Test
  void aMalformedHostIsRefusedBeforeAnythingRuns() {
    CommandResult r = conformance("--host", unixHost, "--host", "http://127.0.0.1:2375", "--features", FEATURES.toString(), "--out", dir.resolve("bad").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("invalid --host http://127.0.0.1:2375: expected unix:///path/to.sock or tcp://HOST:PORT");
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  /** Where the scenarios of a features directory are (file:line), read from the Gherkin text. */
  static final class ScenarioLocations {
    private ScenarioLocations() {}

    static Set<String> of(Path features) throws IOException {
      return scan(features, false);
    }

    static Set<String> notYetImplemented(Path features) throws IOException {
      return scan(features, true);
    }

    private static Set<String> scan(Path features, boolean onlyGaps) throws IOException {
      Set<String> out = new TreeSet<>();
      try (Stream<Path> files = Files.list(features)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
          List<String> lines = Files.readAllLines(f);
          boolean gap = false;
          boolean inExamples = false;
          boolean header = false;
          for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            String where = f.getFileName() + ":" + (i + 1);
            if (t.startsWith("@")) {
              gap = t.contains("@not-yet-implemented");
            } else if (t.startsWith("Scenario:")) {
              inExamples = false;
              if (!onlyGaps || gap) {
                out.add(where);
              }
              gap = false;
            } else if (t.startsWith("Scenario Outline:")) {
              inExamples = false;
            } else if (t.startsWith("Examples:")) {
              inExamples = true;
              header = true;
            } else if (inExamples && t.startsWith("|")) {
              if (header) {
                header = false;
              } else if (!onlyGaps || gap) {
                out.add(where);
              }
            } else if (inExamples && !t.isEmpty() && !t.startsWith("#")) {
              inExamples = false;
              gap = false;
            }
          }
        }
      }
      return out;
    }
  }
}
