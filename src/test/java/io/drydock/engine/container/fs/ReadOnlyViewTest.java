package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.supervisor.snapshot.MountSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOnlyViewTest {
  @Test
  void anOverlayLosesUpperAndWorkAndKeepsTheUpperAsTopLowerLayer() {
    MountSpec rw = new MountSpec("overlay", "overlay", List.of("lowerdir=/l/a:/l/b", "upperdir=/s/1/fs", "workdir=/s/1/work"));
    assertThat(ReadOnlyView.of(List.of(rw)))
        .containsExactly(new MountSpec("overlay", "overlay", List.of("lowerdir=/s/1/fs:/l/a:/l/b", "ro")));
  }

  @Test
  void aBindBecomesReadOnly() {
    MountSpec rw = new MountSpec("bind", "/s/2/fs", List.of("rbind", "rw"));
    assertThat(ReadOnlyView.of(List.of(rw))).containsExactly(new MountSpec("bind", "/s/2/fs", List.of("rbind", "ro")));
    assertThat(ReadOnlyView.of(List.of(rw)).get(0).readOnly()).isTrue();
  }

  @Test
  void otherMountsAreRefused() {
    assertThatThrownBy(() -> ReadOnlyView.of(List.of(new MountSpec("tmpfs", "tmpfs", List.of()))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLayoutOfAnOverlayNamesUpperAndLowersTopFirst() {
    MountSpec rw = new MountSpec("overlay", "overlay", List.of("lowerdir=/l/a:/l/b", "upperdir=/s/1/fs", "workdir=/s/1/work"));
    assertThat(SnapshotLayout.of(List.of(rw), java.util.Optional.of("p")))
        .isEqualTo(new SnapshotLayout.Overlay(java.nio.file.Path.of("/s/1/fs"), List.of(java.nio.file.Path.of("/l/a"), java.nio.file.Path.of("/l/b")),
            java.util.Optional.of(java.nio.file.Path.of("/s/1/work"))));
    assertThat(SnapshotLayout.of(List.of(new MountSpec("bind", "/s/2/fs", List.of("rbind", "rw"))), java.util.Optional.of("p")))
        .isInstanceOf(SnapshotLayout.FullCopy.class);
    assertThat(SnapshotLayout.of(List.of(new MountSpec("bind", "/s/2/fs", List.of("rbind", "rw"))), java.util.Optional.empty()))
        .isInstanceOf(SnapshotLayout.Bare.class);
  }
}
