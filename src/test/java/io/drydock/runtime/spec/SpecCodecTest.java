package io.drydock.runtime.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.DrydockException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpecCodecTest {
  static String resource(String name) throws Exception {
    try (InputStream in = SpecCodecTest.class.getResourceAsStream("/oci/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal.json", "minimal-for-start.json", "spec-example.json", "linux-rdma.json"})
  void goodConfigsParseValidateAndRoundTripWithAllTheirFields(String name) throws Exception {
    String json = resource("config/good/" + name);
    Spec spec = SpecValidator.validate(SpecCodec.parse(json, "config.json"));
    JsonNode original = SpecCodec.mapper().readTree(json);
    JsonNode written = SpecCodec.mapper().readTree(SpecCodec.write(spec));
    assertThat(written).isEqualTo(original);
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevel() {
    Spec spec = SpecCodec.parse("{\"ociVersion\":\"1.0.2\",\"x-top\":1,\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\","
        + "\"x-proc\":{\"a\":[1,2]}},\"linux\":{\"x-linux\":\"v\"}}", "config.json");
    assertThat(spec.unknown()).containsEntry("x-top", 1);
    assertThat(spec.process().unknown()).containsKey("x-proc");
    assertThat(SpecCodec.write(spec)).contains("\"x-linux\" : \"v\"");
  }

  @Test
  void malformedJsonIsRejectedNamingTheFile() throws Exception {
    String json = resource("config/bad/invalid-json.json");
    assertThatThrownBy(() -> SpecCodec.parse(json, "config.json"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageStartingWith("config.json: malformed JSON");
  }

  @Test
  void aWronglyTypedFieldIsRejectedNamingIt() throws Exception {
    String json = resource("config/bad/linux-rdma.json");
    assertThatThrownBy(() -> SpecCodec.parse(json, "config.json"))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("linux.resources.rdma.mlx5_1.hcaHandles");
  }

  @Test
  void aBadHugepageSizeIsRejectedNamingIt() throws Exception {
    Spec spec = SpecCodec.parse(resource("config/bad/linux-hugepage.json"), "config.json");
    assertThatThrownBy(() -> SpecValidator.validate(spec))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessageContaining("hugepageLimits").hasMessageContaining("64kB");
  }
}
