package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {
  @Test
  void aParameterMatchesOneSegment() {
    PathTemplate t = PathTemplate.parse("/containers/{id}/json");
    assertThat(t.match("/containers/abc/json")).contains(Map.of("id", "abc"));
    assertThat(t.match("/containers/a/b/json")).isEmpty();
    assertThat(t.match("/containers//json")).isEmpty();
  }

  @Test
  void aGreedyParameterSpansSlashes() {
    PathTemplate t = PathTemplate.parse("/images/{name:.*}/json");
    assertThat(t.match("/images/registry:5000/library/busybox:1.36/json")).contains(Map.of("name", "registry:5000/library/busybox:1.36"));
    assertThat(t.swaggerForm()).isEqualTo("/images/{name}/json");
  }

  @Test
  void valuesArePercentDecodedButPlusStays() {
    PathTemplate t = PathTemplate.parse("/containers/{id}");
    assertThat(t.match("/containers/a%2Fb")).contains(Map.of("id", "a/b"));
    assertThat(t.match("/containers/a+b")).contains(Map.of("id", "a+b"));
  }

  @Test
  void literalsAreNotRegexes() {
    assertThat(PathTemplate.parse("/_ping").match("/_pin.")).isEmpty();
  }
}
