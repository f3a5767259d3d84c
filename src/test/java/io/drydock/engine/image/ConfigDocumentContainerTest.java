package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code container} and {@code container_config} of an image config: read as Docker writes them, written back, absent for an import. */
class ConfigDocumentContainerTest {
  private static final String CONFIG = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"sh\"]},"
      + "\"container\":\"d93cc95f7c955b0e78eb94644d6e5f8e15b191c8b8a750bb891c715b02ce0127\","
      + "\"container_config\":{\"Hostname\":\"d93cc95f7c95\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":true,"
      + "\"AttachStderr\":true,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"A=1\"],\"Cmd\":[\"sh\",\"-c\",\"echo hi > /f\"],"
      + "\"Image\":\"busybox\",\"Volumes\":null,\"WorkingDir\":\"/tmp\",\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":{\"l\":\"v\"}},"
      + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";

  @Test
  void dockersCommitIsReadAndSurvivesAWrite() {
    ConfigDocument d = ConfigDocument.read(CONFIG.getBytes(StandardCharsets.UTF_8));
    CommittedFrom from = d.committedFrom();
    assertThat(from.containerId()).startsWith("d93cc95f7c95");
    assertThat(from.settings().hostname()).isEqualTo("d93cc95f7c95");
    assertThat(from.settings().attachStdout()).isTrue();
    assertThat(from.settings().image()).isEqualTo("busybox");
    assertThat(from.config().env()).containsExactly("A=1");
    assertThat(from.config().cmd()).containsExactly("sh", "-c", "echo hi > /f");
    assertThat(from.config().workingDir()).isEqualTo("/tmp");
    assertThat(from.config().labels()).isEqualTo(Map.of("l", "v"));
    assertThat(ConfigDocument.read(d.write()).committedFrom()).isEqualTo(from);
  }

  @Test
  void aCommittedContainersSettingsInConfigAreReadAndWrittenBack() {
    ContainerSettings settings = new ContainerSettings("myhost", "example.org", false, true, true, false, true, false, "busybox");
    ConfigDocument d = ConfigDocument.read(CONFIG.getBytes(StandardCharsets.UTF_8));
    ConfigDocument committed = new ConfigDocument(d.platform(), d.created(), d.author(), d.comment(), d.config(), d.diffIds(), d.history(),
        d.committedFrom(), settings);
    ConfigDocument back = ConfigDocument.read(committed.write());
    assertThat(back.configSettings()).isEqualTo(settings);
    assertThat(back.config()).isEqualTo(d.config());
    assertThat(ConfigDocument.read(d.write()).configSettings()).isEqualTo(ContainerSettings.NONE);
    assertThat(new String(d.write(), StandardCharsets.UTF_8)).as("an image without them keeps its bytes").contains("\"config\":{\"Cmd\":[\"sh\"]}");
  }

  @Test
  void anImportHasNoneAndItsBytesNameNoContainer() {
    ConfigDocument d = ConfigDocument.read(CONFIG.replaceAll(",\"container\":.*,\"rootfs\"", ",\"rootfs\"").getBytes(StandardCharsets.UTF_8));
    assertThat(d.committedFrom()).isEqualTo(CommittedFrom.NONE);
    assertThat(new String(d.write(), StandardCharsets.UTF_8)).doesNotContain("container");
    assertThat(d.diffIds()).isEqualTo(List.of());
  }
}
