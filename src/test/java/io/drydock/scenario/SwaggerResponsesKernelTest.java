package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.conformance.glue.DockerdDeviations;
import io.drydock.conformance.glue.EngineClient;
import io.drydock.conformance.glue.HttpResult;
import io.drydock.conformance.glue.SwaggerSchemas;
import io.drydock.testing.KernelTest;
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
 * itself departs from the swagger, drydock follows dockerd ({@link DockerdDeviations}).
 */
@KernelTest
class SwaggerResponsesKernelTest {
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
    List<String> problems = SwaggerSchemas.responseProblems(operationId, body, true);
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
