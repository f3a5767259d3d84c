package io.drydock.supervisor.shim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShimLogTest {
  private static final Duration WAIT = ShimFixture.WAIT;
  @RegisterExtension final ShimFixture shims = ShimFixture.create();

  @Test
  void linesReachTheLogWithStreamAndTime() throws Exception {
    Instant before = Instant.now();
    ShimHandle h = shims.start(shims.sh("lines", "echo one; echo two; echo oops >&2; printf unfinished"));
    ShimFixture.awaitExit(h, WAIT);
    List<LogEntry> log = ShimFixture.log(h);
    assertThat(log).extracting(LogEntry::log).containsSubsequence("one\n", "two\n", "unfinished");
    assertThat(log).filteredOn(e -> e.stream() == LogStream.STDERR).extracting(LogEntry::log).containsExactly("oops\n");
    assertThat(log).allSatisfy(e -> assertThat(e.time()).isBetween(before, Instant.now()));
    assertThat(log.get(log.size() - 1).complete()).isFalse();
  }

  @Test
  void theCommandGetsExactlyTheGivenEnvironment() throws Exception {
    ShimHandle h = shims.start(shims.sh("env", "env | sort").withEnv(Map.of("FOO", "bar baz", "PATH", "/usr/bin:/bin")));
    ShimFixture.awaitExit(h, WAIT);
    assertThat(ShimFixture.text(ShimFixture.log(h), LogStream.STDOUT)).contains("FOO=bar baz\n", "PATH=/usr/bin:/bin\n")
        .doesNotContain("HOME=", "JAVA_HOME=");
  }

  @Test
  void theCommandInheritsOnlyItsStdio() throws Exception {
    ShimHandle h = shims.start(ShimSpec.of("fds", shims.root.resolve("fds"), List.of("/bin/ls", "/proc/self/fd")).withStartHeld());
    h.client().start();
    ShimFixture.awaitExit(h, WAIT);
    assertThat(ShimFixture.log(h)).extracting(LogEntry::log).containsExactly("0\n", "1\n", "2\n", "3\n"); // 3: ls's own directory
  }

  @Test
  void hostileBytesAreEscapedAsGoEscapesThem() throws Exception {
    Path data = shims.root.resolve("hostile.bin");
    byte[] bytes = {'"', '\\', '<', '>', '&', 1, 0x1f, 0x7f, '\t', '\r', (byte) 0xff, (byte) 0xe2, (byte) 0x80, (byte) 0xa8,
        (byte) 0xc3, (byte) 0xa9, (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'};
    Files.write(data, bytes);
    ShimHandle h = shims.start(shims.sh("hostile", "cat " + data));
    ShimFixture.awaitExit(h, WAIT);
    String raw = Files.readString(h.paths().logFile());
    assertThat(raw).startsWith("{\"log\":\"\\\"\\\\\\u003c\\u003e\\u0026\\u0001\\u001f\u007f\\t\\r\\ufffd\\u2028\u00e9\\ufffd\\ufffd\\ufffd\\n\","
        + "\"stream\":\"stdout\",\"time\":\"");
    assertThat(raw).matches("(?s).*\"time\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z\"}\n");
    assertThat(ShimFixture.log(h)).extracting(LogEntry::log)
        .containsExactly("\"\\<>&\u0001\u001f\u007f\t\r\ufffd\u2028\u00e9\ufffd\ufffd\ufffd\n");
  }

  @Test
  void aLineLongerThan16KiBIsLoggedInPieces() throws Exception {
    ShimHandle h = shims.start(shims.sh("long", "head -c 40000 /dev/zero | tr '\\0' a; echo"));
    ShimFixture.awaitExit(h, WAIT);
    assertThat(ShimFixture.log(h)).extracting(e -> e.log().length()).containsExactly(16384, 16384, 40000 - 2 * 16384 + 1);
  }

  @Test
  void rotationKeepsExactlyMaxFileFiles() throws Exception {
    String script = "i=0; while [ $i -lt 300 ]; do echo line-$i; i=$((i+1)); done";
    ShimHandle h = shims.start(shims.sh("rot", script).withLog(new LogOptions(2000, 3)));
    ShimFixture.awaitExit(h, WAIT);
    Path log = h.paths().logFile();
    List<Path> files;
    try (var list = Files.list(log.getParent())) {
      files = list.filter(p -> p.getFileName().toString().startsWith("rot-json.log")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("rot-json.log", "rot-json.log.1", "rot-json.log.2");
    for (Path f : files) {
      assertThat(Files.size(f)).isLessThanOrEqualTo(2000);
    }
    assertTheLogEndsWithTheLastLinesUpTo(h, 300);
  }

  @Test
  void maxFileOneTruncatesInPlace() throws Exception {
    String script = "i=0; while [ $i -lt 100 ]; do echo line-$i; i=$((i+1)); done";
    ShimHandle h = shims.start(shims.sh("one", script).withLog(new LogOptions(1000, 1)));
    ShimFixture.awaitExit(h, WAIT);
    assertThat(Files.exists(Path.of(h.paths().logFile() + ".1"))).isFalse();
    assertThat(Files.size(h.paths().logFile())).isLessThanOrEqualTo(1000);
    List<LogEntry> log = ShimFixture.log(h);
    assertThat(log.get(log.size() - 1).log()).isEqualTo("line-99\n");
  }

  @Test
  void compressedRotationGzipsTheRotatedFilesAndTheReaderReadsThemBack() throws Exception {
    String script = "i=0; while [ $i -lt 300 ]; do echo line-$i; i=$((i+1)); done";
    ShimHandle h = shims.start(shims.sh("gz", script).withLog(new LogOptions(2000, 3, true, false)));
    ShimFixture.awaitExit(h, WAIT);
    List<String> names;
    try (var list = Files.list(h.paths().logFile().getParent())) {
      names = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gz-json.log")).sorted().toList();
    }
    assertThat(names).containsExactly("gz-json.log", "gz-json.log.1.gz", "gz-json.log.2.gz");
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of(h.paths().logFile() + ".1.gz")))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"log\":\"line-");
    }
    assertTheLogEndsWithTheLastLinesUpTo(h, 300);
  }

  @Test
  void aDiscardedLogLeavesNoFileAndTheCommandStillRuns() throws Exception {
    ShimHandle h = shims.start(shims.sh("nolog", "echo hi").withLog(LogOptions.discarded()));
    assertThat(ShimFixture.awaitExit(h, WAIT).exitCode()).isZero();
    try (var list = Files.list(h.paths().logFile().getParent())) {
      assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("json.log"));
    }
  }

  /** The log read back holds the last of {@code line-0 .. line-(n-1)}, in order, and not the first. */
  private static void assertTheLogEndsWithTheLastLinesUpTo(ShimHandle h, int n) throws Exception {
    List<String> lines = ShimFixture.log(h).stream().map(LogEntry::log).toList();
    int first = Integer.parseInt(lines.get(0).substring(5).strip());
    assertThat(first).isGreaterThan(0);
    assertThat(lines).isEqualTo(IntStream.range(first, n).mapToObj(i -> "line-" + i + "\n").collect(Collectors.toList()));
  }
}
