package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.supervisor.snapshot.MountSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inspect's {@code GraphDriver.Data} from a container snapshot's mount, in dockerd's overlay2 keys and order. */
class StorageDirsTest {
  @Test
  void anOverlayNamesItsLowerUpperAndWorkDirsAndTheRootfsAsMerged() {
    MountSpec m = new MountSpec("overlay", "overlay", List.of("index=off", "lowerdir=/s/2/fs:/s/1/fs", "upperdir=/s/3/fs", "workdir=/s/3/work"));
    assertThat(StorageDirs.of(SnapshotLayout.of(List.of(m), java.util.Optional.empty()), Path.of("/c/abc/rootfs"))).containsExactly(
        java.util.Map.entry("LowerDir", "/s/2/fs:/s/1/fs"), java.util.Map.entry("MergedDir", "/c/abc/rootfs"),
        java.util.Map.entry("UpperDir", "/s/3/fs"), java.util.Map.entry("WorkDir", "/s/3/work"));
  }

  @Test
  void aBindSnapshotHasNone() {
    assertThat(StorageDirs.of(SnapshotLayout.of(List.of(new MountSpec("bind", "/s/4/fs", List.of("rbind", "rw"))), java.util.Optional.empty()),
        Path.of("/c/r"))).isEmpty();
  }

  @Test
  void anImageNamesItsTopLayerAsUpperAndTheOthersAsLowerAndNothingBeforeItsLayersAreUnpacked() {
    assertThat(StorageDirs.ofImage(List.of(Path.of("/s/2/fs"), Path.of("/s/1/fs"), Path.of("/s/0/fs")))).containsExactly(
        java.util.Map.entry("LowerDir", "/s/1/fs:/s/0/fs"), java.util.Map.entry("UpperDir", "/s/2/fs"));
    assertThat(StorageDirs.ofImage(List.of(Path.of("/s/0/fs")))).containsExactly(java.util.Map.entry("UpperDir", "/s/0/fs"));
    assertThat(StorageDirs.ofImage(List.of())).isEmpty();
  }
}
