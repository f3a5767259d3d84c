package io.drydock.engine.container.fs;

import static io.drydock.engine.container.fs.OverlayChangesTest.T0;
import static io.drydock.engine.container.fs.OverlayChangesTest.T1;
import static io.drydock.engine.container.fs.OverlayChangesTest.dir;
import static io.drydock.engine.container.fs.OverlayChangesTest.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MountPointArtifactsTest {
  @Test
  void emptyMountPointsTheRuntimeAddedAreHiddenWithADirectoryTheyAloneChanged() {
    Map<String, FileFacts> lower = Map.of("etc", dir(T0), "etc/passwd", file(5));
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("dev", dir(T1));
    upper.put("etc", dir(T1));
    upper.put("etc/hostname", file(0));
    upper.put("etc/hosts", file(0));
    upper.put("proc", dir(T1));
    upper.put("tmp", dir(T1));
    upper.put("tmp/x", file(1));
    var hidden = MountPointArtifacts.of(upper, rel -> Optional.ofNullable(lower.get(rel)));
    assertThat(hidden).containsExactlyInAnyOrder("dev", "etc", "etc/hostname", "etc/hosts", "proc");
    assertThat(OverlayChanges.of(MountPointArtifacts.without(upper, hidden), rel -> Optional.ofNullable(lower.get(rel))))
        .containsExactly(new Change("/tmp", ChangeKind.ADDED), new Change("/tmp/x", ChangeKind.ADDED));
  }

  @Test
  void anEtcTheRuntimeCreatedForItsMountPointsIsHiddenToo() {
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("etc", dir(T1));
    upper.put("etc/hostname", file(0));
    upper.put("etc/resolv.conf", file(0));
    assertThat(MountPointArtifacts.of(upper, rel -> Optional.empty())).containsExactlyInAnyOrder("etc", "etc/hostname", "etc/resolv.conf");
  }

  @Test
  void realChangesAtThosePathsStayVisible() {
    Map<String, FileFacts> lower = Map.of("etc", dir(T0), "etc/hosts", file(5));
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("etc", dir(T1));
    upper.put("etc/hosts", file(9));
    upper.put("etc/resolv.conf", file(12));
    upper.put("proc", dir(T1));
    upper.put("proc/x", file(1));
    assertThat(MountPointArtifacts.of(upper, rel -> Optional.ofNullable(lower.get(rel)))).isEmpty();
  }

  @Test
  void theMtabSymlinkToProcMountsIsHiddenAnyOtherSymlinkThereIsNot() {
    Map<String, FileFacts> lower = Map.of("etc", dir(T0));
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("etc", dir(T0));
    upper.put("etc/mtab", FileFacts.symlink("/proc/mounts", 0777, T1));
    assertThat(MountPointArtifacts.of(upper, rel -> Optional.ofNullable(lower.get(rel)))).containsExactlyInAnyOrder("etc", "etc/mtab");
    upper.put("etc/mtab", FileFacts.symlink("/proc/self/mounts", 0777, T1));
    assertThat(MountPointArtifacts.of(upper, rel -> Optional.ofNullable(lower.get(rel)))).isEmpty();
    upper.put("etc/mtab", FileFacts.symlink("/proc/mountz", 0777, T1));
    assertThat(MountPointArtifacts.of(upper, rel -> Optional.ofNullable(lower.get(rel)))).as("a target of the same length").isEmpty();
  }
}
