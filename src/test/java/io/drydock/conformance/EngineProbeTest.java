package io.drydock.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EngineProbeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void acceptsTheDockerHostForms() {
    assertThatCode(() -> EngineProbe.checkSyntax("unix:///run/drydock.sock")).doesNotThrowAnyException();
    assertThatCode(() -> EngineProbe.checkSyntax("tcp://127.0.0.1:2375")).doesNotThrowAnyException();
  }

  @Test
  void refusesOtherFormsSayingWhichAreAccepted() {
    for (String bad : new String[] {"/run/docker.sock", "http://127.0.0.1:2375", "tcp://127.0.0.1", "unix://relative.sock", "ssh://host"}) {
      assertThatThrownBy(() -> EngineProbe.checkSyntax(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unix:///path/to.sock or tcp://HOST:PORT");
    }
  }

  @Test
  void anUnreachableEngineIsRefusedWithTheReason() {
    assertThatThrownBy(() -> EngineProbe.describe("unix:///nonexistent/drydock-conformance.sock"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cannot reach the engine at unix:///nonexistent/drydock-conformance.sock: ");
  }

  @Test
  void labelsComeFromWhatTheEngineCallsItself() throws Exception {
    assertThat(EngineProbe.label(JSON.readTree("{\"Platform\":{\"Name\":\"drydock\"},\"Components\":[{\"Name\":\"Engine\"}],\"Version\":\"dev\"}"))).isEqualTo("drydock dev");
    assertThat(EngineProbe.label(JSON.readTree("{\"Platform\":{\"Name\":\"\"},\"Components\":[{\"Name\":\"Engine\"}],\"Version\":\"20.10.24+dfsg1\"}"))).isEqualTo("Docker Engine 20.10.24+dfsg1");
    assertThat(EngineProbe.label(JSON.readTree("{\"Platform\":{\"Name\":\"linux/amd64/debian-12\"},\"Components\":[{\"Name\":\"Podman Engine\"}],\"Version\":\"4.3.1\"}")))
        .isEqualTo("Podman Engine 4.3.1");
    assertThat(EngineProbe.label(JSON.readTree("{}"))).isEqualTo("engine");
  }
}
