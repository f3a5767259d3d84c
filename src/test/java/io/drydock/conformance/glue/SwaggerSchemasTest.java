package io.drydock.conformance.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The validator itself, on the real swagger's definitions: it must catch what it claims to. */
class SwaggerSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String s) throws Exception {
    return JSON.readTree(s);
  }

  private static JsonNode def(String name) throws Exception {
    return json("{\"$ref\":\"#/definitions/" + name + "\"}");
  }

  @Test
  void aConformingValuePasses() throws Exception {
    JsonNode state = json("{\"Status\":\"running\",\"Running\":true,\"Pid\":12,\"ExitCode\":0,\"StartedAt\":\"2023-11-14T22:13:20.12Z\"}");
    assertThat(SwaggerSchemas.violations(state, def("ContainerState"))).isEmpty();
    assertThat(SwaggerSchemas.undeclared(state, def("ContainerState"))).isEmpty();
  }

  @Test
  void enumsWrongTypesAndNullsAreViolations() throws Exception {
    JsonNode state = json("{\"Status\":\"sleeping\",\"Running\":\"yes\",\"Pid\":null}");
    assertThat(SwaggerSchemas.violations(state, def("ContainerState")))
        .containsExactlyInAnyOrder(
            "$.Status: \"sleeping\" is not one of [\"created\",\"running\",\"paused\",\"restarting\",\"removing\",\"exited\",\"dead\"]",
            "$.Running: expected boolean, got STRING \"yes\"",
            "$.Pid: null where integer is required");
  }

  @Test
  void everyMemberOfAllOfIsChecked() throws Exception {
    // HostConfig = allOf(Resources, {Binds, NetworkMode, ...}): one wrong field in each member.
    JsonNode hc = json("{\"CpuShares\":\"many\",\"NetworkMode\":5}");
    assertThat(SwaggerSchemas.violations(hc, def("HostConfig")))
        .containsExactlyInAnyOrder("$.CpuShares: expected integer, got STRING \"many\"", "$.NetworkMode: expected string, got NUMBER 5");
  }

  @Test
  void missingRequiredPropertiesAreViolations() throws Exception {
    JsonNode image = json("{\"Id\":\"sha256:x\"}");
    assertThat(SwaggerSchemas.violations(image, def("ImageSummary"))).contains("$: missing required property RepoTags", "$: missing required property Size");
  }

  @Test
  void undeclaredPropertiesAreListedThroughRefsArraysAndAllOf() throws Exception {
    // ContainerSummary is an array of objects in the 1.41 swagger.
    JsonNode summary = json("[{\"Id\":\"x\",\"Nmaes\":[\"/a\"],\"HostConfig\":{\"NetworkMode\":\"bridge\",\"Bogus\":1},"
        + "\"Mounts\":[{\"Type\":\"volume\",\"Extra\":true}],\"Labels\":{\"any\":\"thing\"}}]");
    assertThat(SwaggerSchemas.undeclared(summary, def("ContainerSummary")))
        .containsExactlyInAnyOrder("$[0].Nmaes", "$[0].HostConfig.Bogus", "$[0].Mounts[0].Extra");
    JsonNode hc = json("{\"Memory\":1,\"Binds\":[],\"Typo\":0}");
    assertThat(SwaggerSchemas.undeclared(hc, def("HostConfig"))).containsExactly("$.Typo");
  }

  @Test
  void nestedValuesBehindRefsAndItemsAreChecked() throws Exception {
    JsonNode list = json("[{\"Id\":\"x\",\"Names\":[\"/a\"],\"State\":\"running\",\"Ports\":[{\"PrivatePort\":\"80\",\"Type\":\"tcp\"}]}]");
    JsonNode schema = SwaggerSchemas.responseSchema("ContainerList", 200);
    assertThat(SwaggerSchemas.violations(list, schema)).containsExactly("$[0].Ports[0].PrivatePort: expected integer, got STRING \"80\"");
  }
}
