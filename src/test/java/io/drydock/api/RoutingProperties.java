package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class RoutingProperties {
  @Property
  void aVersionIsAcceptedExactlyWhenWithinTheSupportedRange(@ForAll @IntRange(min = 0, max = 3) int major, @ForAll @IntRange(min = 0, max = 99) int minor) {
    String path = "/v" + major + "." + minor + "/info";
    boolean supported = major == 1 && minor >= 24 && minor <= 41;
    if (supported) {
      assertThat(VersionGate.split(path).path()).isEqualTo("/info");
    } else {
      assertThatThrownBy(() -> VersionGate.split(path))
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessageStartingWith("client version " + major + "." + minor + " is too");
    }
  }

  @Property
  void pathParametersSurviveEncodingRoundTrips(@ForAll @StringLength(min = 1, max = 30) String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    assertThat(PathTemplate.parse("/containers/{id}/json").match("/containers/" + encoded + "/json")).hasValueSatisfying(p -> assertThat(p.get("id")).isEqualTo(value));
  }

  @Property
  void greedyParametersKeepTheirSlashes(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String a, @ForAll @AlphaChars @StringLength(min = 1, max = 8) String b) {
    assertThat(PathTemplate.parse("/images/{name:.*}/json").match("/images/" + a + "/" + b + "/json")).hasValueSatisfying(p -> assertThat(p.get("name")).isEqualTo(a + "/" + b));
  }
}
