package io.drydock.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's conformance table is the one {@code conformance/against-peers} wrote into
 * {@code conformance/peers.md}, row for row: nobody edits it by hand.
 */
class ReadmeTableTest {
  private static final String BEGIN = "<!-- begin: written by conformance/against-peers -->";
  private static final String END = "<!-- end: written by conformance/against-peers -->";

  @Test
  void theReadmeShowsTheRowsTheRunnerWrote() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains(BEGIN, END);
    String block = readme.substring(readme.indexOf(BEGIN), readme.indexOf(END));
    List<String> shown = tableRows(block);
    List<String> written = tableRows(Files.readString(Path.of("conformance/peers.md")));
    assertThat(written).as("rows of conformance/peers.md").hasSizeGreaterThan(4);
    assertThat(shown).isEqualTo(written);
  }

  @Test
  void thePeersTableHasAColumnPerEngineAndARowPerScenario() throws IOException {
    List<String> rows = tableRows(Files.readString(Path.of("conformance/peers.md")));
    String header = rows.stream().filter(r -> r.startsWith("| scenario | where |")).findFirst().orElseThrow();
    long columns = header.chars().filter(c -> c == '|').count() - 1;
    for (String row : rows.stream().filter(r -> r.contains(".feature:")).toList()) {
      assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count() - 1).as(row).isEqualTo(columns);
    }
  }

  private static List<String> tableRows(String text) {
    return text.lines().filter(l -> l.startsWith("|")).toList();
  }
}
