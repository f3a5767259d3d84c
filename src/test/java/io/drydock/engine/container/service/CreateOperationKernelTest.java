package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.drydock.engine.container.ContainerIndex;
import io.drydock.engine.container.ContainerResources;
import io.drydock.engine.image.ImageUsers;
import io.drydock.engine.image.Images;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RegistryConfig;
import io.drydock.engine.system.ResourceSupport;
import io.drydock.supervisor.content.FileContentStore;
import io.drydock.supervisor.snapshot.OverlaySnapshotter;
import io.drydock.testing.KernelTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create on real stores and a real snapshot: what it keeps of the asked limits follows the host
 * facts it was given ({@code ResourceSupport}, what {@code docker info} reports), not a look of
 * its own at the cgroup files.
 */
@KernelTest
class CreateOperationKernelTest {
  static final ResourceSupport ALL = new ResourceSupport(true, true, true, true, true, true, true, true);
  static final ResourceSupport NO_OOM_SWITCH_NO_SWAP = new ResourceSupport(true, false, true, true, true, true, false, true);

  @TempDir Path dir;
  private CreateOperation creates;

  private CreateOperation creates(ResourceSupport host) throws Exception {
    Images images = new Images(io.drydock.engine.image.ImageStore.open(FileContentStore.open(dir.resolve("content")), dir.resolve("images")),
        ImageUsers.NONE, new RegistryClient(RegistryConfig.DEFAULT));
    images.importRootfs(new ByteArrayInputStream(tar()), Optional.of(ImageRef.parse("one:latest")), List.of(), "");
    OverlaySnapshotter snapshotter = OverlaySnapshotter.open(dir.resolve("overlay"));
    creates = new CreateOperation(new ContainerIndex(), new ContainerStore(dir.resolve("containerdb")), images.store(),
        new LayerSnapshots(images.store(), snapshotter), snapshotter, new ContainerFiles(dir.resolve("containers")), Clock.systemUTC(), host);
    return creates;
  }

  @AfterEach
  void close() {
    if (creates != null) {
      creates.close();
    }
  }

  static CreateRequest request(ContainerResources resources) {
    return new CreateRequest(Optional.empty(), "one:latest", Optional.of(List.of("/bin/true")), Optional.empty(), List.of(), "", "", "",
        false, false, false, Map.of(), null, null, resources, null, false, null, null, null);
  }

  @Test
  void theOomSwitchIsDiscardedWhereTheHostFactsHaveNoneWhateverTheCgroupFilesSay() throws Exception {
    Created c = creates(NO_OOM_SWITCH_NO_SWAP).create(request(new ContainerResources(64L << 20, 0, 0, 0, 0, 0, 0, "", 0, true)));
    assertThat(c.warnings()).containsExactly(OomKillDisableRule.UNSUPPORTED);
    assertThat(c.container().record().resources().oomKillDisable()).isFalse();
    assertThat(c.container().record().resources().memorySwap()).as("no swap limit on this host: swap stays unset").isZero();
  }

  @Test
  void keptWithTheNoLimitWarningAndSwapDoubledWhereTheHostHasBoth() throws Exception {
    CreateOperation op = creates(ALL);
    Created unbounded = op.create(request(ContainerResources.NONE.withOomKillDisable(true)));
    assertThat(unbounded.warnings()).containsExactly(OomKillDisableRule.NO_LIMIT);
    assertThat(unbounded.container().record().resources().oomKillDisable()).isTrue();
    Created bounded = op.create(request(new ContainerResources(64L << 20, 0, 0, 0, 0, 0, 0, "", 0, true)));
    assertThat(bounded.warnings()).isEmpty();
    assertThat(bounded.container().record().resources().memorySwap()).isEqualTo(128L << 20);
  }

  @Test
  void aBadCgroupnsModeIsRefusedByTheCreateItselfAndNothingIsMade() throws Exception {
    CreateOperation op = creates(ALL);
    CreateRequest r = request(ContainerResources.NONE);
    CreateRequest bad = new CreateRequest(Optional.of("bad-cgroupns"), r.image(), r.cmd(), r.entrypoint(), r.env(), r.workingDir(), r.user(),
        r.hostname(), false, false, false, Map.of(), null, null, r.resources(), null, false,
        io.drydock.engine.spec.HostSettings.DEFAULT.withNamespaces(io.drydock.engine.spec.NamespaceModes.of("", "", "", "nosuch")), null, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> op.create(bad))
        .isInstanceOf(io.drydock.common.DrydockException.InvalidArgument.class).hasMessage("invalid cgroup namespace mode: nosuch");
    assertThat(java.nio.file.Files.exists(dir.resolve("containers"))
        && java.nio.file.Files.list(dir.resolve("containers")).findAny().isPresent()).as("no container directory").isFalse();
    CreateRequest good = new CreateRequest(Optional.of("bad-cgroupns"), r.image(), r.cmd(), r.entrypoint(), r.env(), r.workingDir(), r.user(),
        r.hostname(), false, false, false, Map.of(), null, null, r.resources(), null, false, null, null, null);
    assertThat(op.create(good).container().record().name()).as("the name was not kept").isEqualTo("/bad-cgroupns");
  }

  /**
   * The record is written (and fsynced) while the snapshot is made and committed last: a create
   * that fails after that write, here at its working directory (under a file of the image), leaves
   * neither the record nor its temp file, nor a container directory.
   */
  @Test
  void aCreateThatFailsAfterItsRecordWasWrittenLeavesNoRecordFile() throws Exception {
    CreateOperation op = creates(ALL);
    CreateRequest r = request(ContainerResources.NONE);
    CreateRequest underAFile = new CreateRequest(Optional.of("wd-file"), r.image(), r.cmd(), r.entrypoint(), r.env(), "/bin/true/sub",
        r.user(), r.hostname(), false, false, false, Map.of(), null, null, r.resources(), null, false, null, null, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> op.create(underAFile)).isInstanceOf(RuntimeException.class);
    try (var records = java.nio.file.Files.list(java.nio.file.Files.createDirectories(dir.resolve("containerdb")))) {
      assertThat(records.toList()).as("records and temp files").isEmpty();
    }
    try (var containers = java.nio.file.Files.list(java.nio.file.Files.createDirectories(dir.resolve("containers")))) {
      assertThat(containers.toList()).as("container directories").isEmpty();
    }
  }

  static byte[] tar() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      TarArchiveEntry e = new TarArchiveEntry("bin/true");
      e.setSize(0);
      e.setMode(0100755);
      tar.putArchiveEntry(e);
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }
}
