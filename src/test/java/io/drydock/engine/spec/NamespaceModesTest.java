package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The namespace modes as dockerd 20.10 took them over the API here (create, inspect, start):
 * what each text decides, what inspect shows, and which is refused when.
 */
class NamespaceModesTest {
  @ParameterizedTest(name = "IpcMode \"{0}\" is {1}")
  @CsvSource({"'', PRIVATE", "private, PRIVATE", "none, NONE", "shareable, SHAREABLE", "host, HOST", "container:x, CONTAINER",
      "container:, CONTAINER", "foo, INVALID", "Host, INVALID", "' host', INVALID", "container, INVALID"})
  void ipcModes(String sent, IpcMode.Kind kind) {
    assertThat(IpcMode.of(sent).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "PidMode \"{0}\" is {1}")
  @CsvSource({"'', PRIVATE", "host, HOST", "Host, PRIVATE", "HOST, PRIVATE", "foo, PRIVATE", "private, PRIVATE", "container:x, CONTAINER"})
  void pidModes(String sent, PidMode.Kind kind) {
    assertThat(PidMode.of(sent).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "UTSMode \"{0}\" is {1}")
  @CsvSource({"'', PRIVATE", "host, HOST", "Host, PRIVATE", "private, PRIVATE", "foo, PRIVATE", "container:x, PRIVATE"})
  void utsModes(String sent, UtsMode.Kind kind) {
    assertThat(UtsMode.of(sent).kind()).isEqualTo(kind);
  }

  @Test
  void createAcceptsWhatDockerdAcceptsAndKeepsTheTextForInspect() {
    NamespaceModes m = NamespaceModes.of("foo", "foo", "private", "").checked();
    assertThat(m.pid().sent()).isEqualTo("foo");
    assertThat(m.ipc().shown()).isEqualTo("foo");
    assertThat(m.uts().sent()).isEqualTo("private");
    assertThat(m.cgroupns().shown()).isEqualTo("host");
    assertThat(NamespaceModes.DEFAULT.ipc().shown()).isEqualTo("private");
    assertThat(NamespaceModes.of(null, "shareable", "host", "private").checked().cgroupns().shown()).isEqualTo("private");
  }

  @Test
  void aBadCgroupnsModeIsRefusedAtCreateAndAnUnknownIpcModeOnlyAtStart() {
    assertThatThrownBy(() -> NamespaceModes.of("", "", "", "nosuch").checked()).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid cgroup namespace mode: nosuch");
    NamespaceModes unknownIpc = NamespaceModes.of("", "foo", "", "").checked();
    assertThatThrownBy(unknownIpc::requireStartable).isInstanceOf(DrydockException.SystemError.class).hasMessage("Invalid IPC mode: foo");
    NamespaceModes.of("", "shareable", "", "").requireStartable();
  }

  @Test
  void sharingAnotherContainersNamespaceIsRefusedAsNotDoneYet() {
    assertThatThrownBy(() -> NamespaceModes.of("container:x", "", "", "").checked()).isInstanceOf(DrydockException.NotImplemented.class);
    assertThatThrownBy(() -> NamespaceModes.of("", "container:x", "", "").checked()).isInstanceOf(DrydockException.NotImplemented.class);
  }

  @Test
  void theRecordStoreKeepsTheTextsAsBeforeSoOldRecordsStillRead() throws Exception {
    ObjectMapper json = new ObjectMapper();
    NamespaceModes m = NamespaceModes.of("host", "foo", "", "private");
    String written = json.writeValueAsString(m);
    assertThat(written).isEqualTo("{\"pid\":\"host\",\"ipc\":\"foo\",\"uts\":\"\",\"cgroupns\":\"private\"}");
    assertThat(json.readValue(written, NamespaceModes.class)).isEqualTo(m);
    assertThat(json.readValue("{\"pid\":\"host\"}", NamespaceModes.class).ipc()).isEqualTo(IpcMode.DEFAULT);
  }
}
