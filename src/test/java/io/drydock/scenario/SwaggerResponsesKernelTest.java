package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.testing.KernelTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * drydock's answers to the inspect and list operations, validated against the v1.41 swagger's
 * response schemas ({@link SwaggerSchemas}): types, enums, required properties, through every
 * {@code $ref} and {@code allOf}. Objects are made with non-default settings first, so optional
 * parts of the answers are present too. Properties the swagger does not declare are reported as
 * well, which catches misspelt DTO fields that a schema check alone lets through. Where dockerd
 * itself departs from the swagger, drydock follows dockerd ({@link #DOCKERD_DEVIATIONS}).
 */
@KernelTest
class SwaggerResponsesKernelTest {
  /**
   * Where dockerd 20.10 itself departs from its v1.41 swagger, drydock answers like dockerd: these
   * problems are expected. Each is an operation and the start of the problem text.
   */
  record DockerdDeviation(String operation, String problem, String why) {}

  static final List<DockerdDeviation> DOCKERD_DEVIATIONS = List.of(
      new DockerdDeviation("ContainerInspect", "$.HostConfig.RestartPolicy.Name: \"no\" is not one of",
          "dockerd reports the default policy as \"no\"; the 1.41 enum lacks it (added in later swaggers)"),
      new DockerdDeviation("NetworkInspect", "$.ConfigFrom: not declared", "types.NetworkResource has ConfigFrom without omitempty"),
      new DockerdDeviation("NetworkInspect", "$.ConfigOnly: not declared", "types.NetworkResource has ConfigOnly without omitempty"),
      new DockerdDeviation("SystemInfo", "$.KernelMemoryTCP: not declared", "types.Info has KernelMemoryTCP (API 1.40+), undocumented"),
      new DockerdDeviation("SystemInfo", "$.Isolation: \"\" is not one of", "dockerd on Linux has no default isolation and sends \"\""));

  private static LiveDaemon live;
  private static String running;
  private static String exited;
  private static String network;
  private static String volume;

  @BeforeAll
  static void start() {
    live = LiveDaemon.start("drydock-swagger");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    running = live.create("sw-run-" + tag, "{\"Cmd\":[\"sh\",\"-c\",\"echo hi; sleep 60\"],\"Env\":[\"A=1\"],\"Labels\":{\"k\":\"v\"},"
        + "\"WorkingDir\":\"/\",\"StopSignal\":\"SIGTERM\",\"Tty\":false,\"OpenStdin\":true,"
        + "\"HostConfig\":{\"Memory\":67108864,\"CpuShares\":512,\"PidsLimit\":64,\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":2},"
        + "\"Ulimits\":[{\"Name\":\"nofile\",\"Soft\":1024,\"Hard\":2048}],\"CapAdd\":[\"NET_ADMIN\"],\"Tmpfs\":{\"/run\":\"size=1m\"}}}");
    live.startContainer(running);
    exited = live.create("sw-exit-" + tag, "{\"Cmd\":[\"sh\",\"-c\",\"exit 3\"]}");
    live.startContainer(exited);
    assertThat(live.waitExit(exited)).isEqualTo(3);
    network = "sw-net-" + tag;
    HttpResult n = live.client.postJson("/networks/create", "{\"Name\":\"" + network + "\",\"Labels\":{\"k\":\"v\"}}");
    assertThat(n.head().status()).as(n.text()).isEqualTo(201);
    volume = "sw-vol-" + tag;
    HttpResult v = live.client.postJson("/volumes/create", "{\"Name\":\"" + volume + "\",\"Labels\":{\"k\":\"v\"}}");
    assertThat(v.head().status()).as(v.text()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    if (live != null) {
      live.client.request("DELETE", "/networks/" + network);
      live.client.request("DELETE", "/containers/" + running + "?force=1");
      live.client.request("DELETE", "/volumes/" + volume);
      live.close();
    }
  }


  private static void validate(String operationId, String target) {
    HttpResult r = live.client.request("GET", target);
    assertThat(r.head().status()).as("%s %s", target, r.text()).isEqualTo(200);
    JsonNode body = r.json();
    JsonNode schema = SwaggerSchemas.responseSchema(operationId, 200);
    List<String> problems = new ArrayList<>(SwaggerSchemas.violations(body, schema));
    SwaggerSchemas.undeclared(body, schema).forEach(path -> problems.add(path + ": not declared by the swagger"));
    problems.removeIf(p -> DOCKERD_DEVIATIONS.stream().anyMatch(d -> d.operation().equals(operationId) && p.startsWith(d.problem())));
    assertThat(problems).as("%s (%s) against the swagger; body %s", operationId, target, body).isEmpty();
  }

  @Test
  void containerInspectOfARunningContainer() {
    validate("ContainerInspect", "/containers/" + running + "/json");
  }

  @Test
  void containerInspectOfAnExitedContainer() {
    validate("ContainerInspect", "/containers/" + exited + "/json");
  }

  @Test
  void containerList() {
    validate("ContainerList", "/containers/json?all=1");
  }

  @Test
  void imageInspect() {
    validate("ImageInspect", "/images/" + live.image + "/json");
  }

  @Test
  void imageList() {
    validate("ImageList", "/images/json");
  }

  @Test
  void systemInfo() {
    validate("SystemInfo", "/info");
  }

  @Test
  void systemVersion() {
    validate("SystemVersion", "/version");
  }

  @Test
  void networkInspect() {
    validate("NetworkInspect", "/networks/" + network);
  }

  @Test
  void networkInspectOfTheDefaultBridge() {
    validate("NetworkInspect", "/networks/bridge");
  }

  @Test
  void volumeInspect() {
    validate("VolumeInspect", "/volumes/" + volume);
  }
}
