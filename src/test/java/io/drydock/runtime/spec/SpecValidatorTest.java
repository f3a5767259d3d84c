package io.drydock.runtime.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.DrydockException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"root\":{\"path\":\"r\"}}|config.json: ociVersion must be set",
    "{\"ociVersion\":\"1.0.2\",\"root\":{}}|config.json: root.path must be set",
    "{\"ociVersion\":\"1.0.2\",\"process\":{\"args\":[],\"cwd\":\"/\"}}|config.json: process.args must not be empty",
    "{\"ociVersion\":\"1.0.2\",\"process\":{\"args\":[\"sh\"],\"cwd\":\"tmp\"}}|config.json: process.cwd must be an absolute path",
    "{\"ociVersion\":\"1.0.2\",\"mounts\":[{\"destination\":\"proc\"}]}|config.json: mounts[0].destination must be an absolute path",
    "{\"ociVersion\":\"1.0.2\",\"linux\":{\"namespaces\":[{\"type\":\"pid\"},{\"type\":\"blah\"}]}}|config.json: linux.namespaces[1].type: unknown namespace type \"blah\"",
    "{\"ociVersion\":\"1.0.2\",\"linux\":{\"namespaces\":[{\"type\":\"pid\"},{\"type\":\"pid\"}]}}|config.json: linux.namespaces[1].type: duplicate namespace \"pid\"",
    "{\"ociVersion\":\"1.0.2\",\"process\":{\"args\":[\"sh\"],\"cwd\":\"/\",\"rlimits\":[{\"type\":\"RLIMIT_NOFILE\",\"soft\":10,\"hard\":5}]}}|config.json: process.rlimits[0].soft must not exceed hard",
  })
  void invalidConfigsAreRejectedNamingTheField(String json, String message) {
    Spec spec = SpecCodec.parse(json, "config.json");
    assertThatThrownBy(() -> SpecValidator.validate(spec))
        .isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage(message);
  }

  @Test
  void createNeedsAProcess() {
    Spec spec = SpecCodec.parse("{\"ociVersion\":\"1.0.2\",\"root\":{\"path\":\"r\"}}", "config.json");
    assertThatThrownBy(() -> SpecValidator.validateForCreate(spec)).hasMessage("config.json: process must be set");
  }

  @Test
  void theDefaultConfigIsRuncs() throws Exception {
    JsonNode expected = SpecCodec.mapper().readTree(SpecCodecTest.resource("runc-spec-default.json"));
    JsonNode actual = SpecCodec.mapper().readTree(SpecCodec.write(DefaultSpec.create(false, 0, 0)));
    assertThat(actual).isEqualTo(expected);
    JsonNode rootless = SpecCodec.mapper().readTree(SpecCodecTest.resource("runc-spec-rootless.json"));
    assertThat(SpecCodec.mapper().readTree(SpecCodec.write(DefaultSpec.create(true, 0, 0)))).isEqualTo(rootless);
    SpecValidator.validateForCreate(DefaultSpec.create(false, 0, 0));
  }
}
