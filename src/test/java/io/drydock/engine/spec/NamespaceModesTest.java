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
  void theTargetsOfContainerModesAreFoundAtCreateIpcFirstAndNamedByTheirFullIds() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    NamespaceModes m = NamespaceModes.of("container:web", "container:db", "container:x", "").withTargets(ref -> {
      asked.add(ref);
      return ref + "-full-id";
    });
    assertThat(asked).containsExactly("db", "web");
    assertThat(m.pid().sent()).isEqualTo("container:web-full-id");
    assertThat(m.pid().target()).isEqualTo("web-full-id");
    assertThat(m.ipc().shown()).isEqualTo("container:db-full-id");
    assertThat(m.uts().sent()).isEqualTo("container:x");
  }

  @Test
  void aMissingTargetFailsTheCreateAndAnEmptyOneIsKeptForTheStartToRefuse() {
    assertThatThrownBy(() -> NamespaceModes.of("container:nosuch", "", "", "").withTargets(ref -> {
      throw new DrydockException.InvalidArgument("No such container: " + ref);
    })).hasMessage("No such container: nosuch");
    NamespaceModes empty = NamespaceModes.of("container:", "container:", "", "").withTargets(ref -> {
      throw new AssertionError("looked up " + ref);
    });
    assertThat(empty.pid().kind()).isEqualTo(PidMode.Kind.CONTAINER);
    assertThat(empty.pid().target()).isEmpty();
    assertThat(empty.ipc().sent()).isEqualTo("container:");
    assertThat(NamespaceModes.of("host", "shareable", "", "").withTargets(ref -> {
      throw new AssertionError("looked up " + ref);
    })).isEqualTo(NamespaceModes.of("host", "shareable", "", ""));
  }

  @Test
  void eachKindIsReadFromTheTextAlone() {
    assertThat(PidMode.of("container:a")).isEqualTo(new PidMode("container:a"));
    assertThat(IpcMode.of(null)).isEqualTo(IpcMode.DEFAULT);
    assertThat(new CgroupnsMode("private").kind()).isEqualTo(CgroupnsMode.Kind.PRIVATE);
    assertThat(new UtsMode("host").kind()).isEqualTo(UtsMode.Kind.HOST);
    assertThat(NamespaceModes.of("", "shareable", "", "").shareableIpc()).isTrue();
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

  /** Records written before the kinds were derived (sessions 8 and 9) held the same texts: they read back to the same decisions. */
  @Test
  void recordsWrittenByEarlierVersionsStillLoad() throws Exception {
    ObjectMapper json = new ObjectMapper();
    NamespaceModes old = json.readValue("{\"pid\":\"container:0123abcd\",\"ipc\":\"shareable\",\"uts\":\"host\",\"cgroupns\":\"bad\"}",
        NamespaceModes.class);
    assertThat(old.pid().kind()).isEqualTo(PidMode.Kind.CONTAINER);
    assertThat(old.pid().target()).isEqualTo("0123abcd");
    assertThat(old.ipc().kind()).isEqualTo(IpcMode.Kind.SHAREABLE);
    assertThat(old.uts().kind()).isEqualTo(UtsMode.Kind.HOST);
    assertThat(old.cgroupns().kind()).isEqualTo(CgroupnsMode.Kind.INVALID);
    assertThat(json.readValue("{\"pid\":null,\"ipc\":null}", NamespaceModes.class)).isEqualTo(NamespaceModes.DEFAULT);
    ObjectMapper store = io.drydock.engine.container.EngineJson.mapper();
    String before = store.writeValueAsString(HostSettings.DEFAULT).replaceAll(",?\"namespaces\":\\{[^}]*}", "");
    assertThat(before).doesNotContain("namespaces");
    assertThat(store.readValue(before, HostSettings.class).namespaces()).isEqualTo(NamespaceModes.DEFAULT);
    HostSettings joined = HostSettings.DEFAULT.withNamespaces(NamespaceModes.of("container:0123abcd", "container:4567", "", "private"));
    assertThat(store.readValue(store.writeValueAsString(joined), HostSettings.class)).isEqualTo(joined);
  }
}
