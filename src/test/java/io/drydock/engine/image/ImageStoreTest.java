package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.ContainerId;
import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStoreTest {
  @TempDir Path root;

  private static final byte[] ROOTFS = TestImages.tar(Map.of("etc/hostname", "box\n", "bin/tool", "#!/bin/sh\n"));

  @Test
  void importedImageIsFoundByNameIdAndPrefix() {
    Images images = TestImages.open(root);
    ImageId id = TestImages.importTar(images, ROOTFS, "app:1");
    assertThat(images.inspect("app:1").id()).isEqualTo(id);
    assertThat(images.inspect(id.toString()).id()).isEqualTo(id);
    assertThat(images.inspect(id.digest().hex()).id()).isEqualTo(id);
    assertThat(images.inspect(id.shortId()).id()).isEqualTo(id);
    ImageRecord r = images.inspect("docker.io/library/app:1");
    assertThat(r.repoTags()).containsExactly("app:1");
    assertThat(r.diffIds()).hasSize(1);
    assertThat(r.layers().get(0).digest()).isEqualTo(r.diffIds().get(0));
    assertThat(r.history()).extracting(HistoryEntry::comment).containsExactly("Imported from -");
    assertThat(r.size()).as("the files' bytes, as dockerd's unpacked size, not the tar's").isEqualTo("box\n".length() + "#!/bin/sh\n".length());
  }

  @Test
  void unknownImageIsNotFoundWithDockerdsMessage() {
    Images images = TestImages.open(root);
    assertThatThrownBy(() -> images.inspect("nope")).isInstanceOf(DrydockException.NotFound.class).hasMessage("No such image: nope:latest");
    assertThatThrownBy(() -> images.inspect("sha256:" + "a".repeat(64))).isInstanceOf(DrydockException.NotFound.class)
        .hasMessage("No such image: sha256:" + "a".repeat(64));
  }

  @Test
  void indexSurvivesReopen() {
    ImageId id = TestImages.importTar(TestImages.open(root), ROOTFS, "app:1");
    Images reopened = TestImages.open(root);
    assertThat(reopened.inspect("app:1").id()).isEqualTo(id);
  }

  @Test
  void reopeningCollectsBlobsThatACrashedOperationLeftBehind() {
    Images images = TestImages.open(root);
    ImageId id = TestImages.importTar(images, ROOTFS, "app:1");
    io.drydock.common.Digest orphan = images.store().content().write(new java.io.ByteArrayInputStream(new byte[] {7}),
        io.drydock.supervisor.content.WriteRequest.unverified("application/octet-stream")).digest();
    Images reopened = TestImages.open(root);
    assertThat(reopened.store().content().exists(orphan)).isFalse();
    assertThat(reopened.inspect("app:1").id()).isEqualTo(id);
    assertThat(reopened.store().content().list()).hasSize(3);
  }

  @Test
  void tagMovesAndOldImageBecomesDangling() {
    Images images = TestImages.open(root);
    ImageId first = TestImages.importTar(images, ROOTFS, "app:latest");
    ImageId second = TestImages.importTar(images, TestImages.tar(Map.of("x", "y")), null);
    images.tag(second.toString(), "app", "");
    assertThat(images.inspect("app").id()).isEqualTo(second);
    assertThat(images.list(false, Map.of("dangling", List.of("true")))).extracting(ImageRecord::id).containsExactly(first);
    assertThat(images.list(false, Map.of("reference", List.of("ap*")))).extracting(ImageRecord::id).containsExactly(second);
  }

  @Test
  void tagRefusesBadNames() {
    Images images = TestImages.open(root);
    TestImages.importTar(images, ROOTFS, "app:1");
    assertThatThrownBy(() -> images.tag("app:1", "UPPER", "x")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThatThrownBy(() -> images.tag("app:1", "ok", "bad tag")).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("invalid tag format");
    assertThatThrownBy(() -> images.tag("missing", "ok", "1")).isInstanceOf(DrydockException.NotFound.class);
  }

  @Test
  void untagOfOneOfTwoNamesKeepsTheImage() {
    Images images = TestImages.open(root);
    ImageId id = TestImages.importTar(images, ROOTFS, "app:1");
    images.tag("app:1", "other", "2");
    assertThat(images.remove("app:1", false, true)).containsExactly(new DeleteItem.Untagged("app:1"));
    assertThat(images.inspect("other:2").id()).isEqualTo(id);
    Digest layer = images.store().record(id).diffIds().get(0);
    assertThat(images.remove("other:2", false, true))
        .as("dockerd's answer: the untag, the image, then its layer by chain ID (one layer: its diff ID)")
        .containsExactly(new DeleteItem.Untagged("other:2"), new DeleteItem.Deleted(id), new DeleteItem.DeletedLayer(layer));
    assertThat(images.store().content().list()).isEmpty();
  }

  @Test
  void aLayerAnotherImageStillHasIsNotReportedDeleted() {
    Images images = TestImages.open(root);
    byte[] base = TestImages.tar(Map.of("a", "1"));
    ImageId one = TestImages.image(images.store(), List.of(base, TestImages.tar(Map.of("b", "2"))), "one", Optional.empty());
    ImageId two = TestImages.image(images.store(), List.of(base, TestImages.tar(Map.of("c", "3"))), "two", Optional.empty());
    images.tag(one.toString(), "one", "1");
    images.tag(two.toString(), "two", "1");
    List<Digest> chain = ChainIds.of(images.store().record(one).diffIds());
    assertThat(images.remove("one:1", false, true)).containsExactly(
        new DeleteItem.Untagged("one:1"), new DeleteItem.Deleted(one), new DeleteItem.DeletedLayer(chain.get(1)));
    assertThat(ChainIds.of(images.store().record(two).diffIds()).get(0)).isEqualTo(chain.get(0));
  }

  @Test
  void deleteByIdWithTwoRepositoriesNeedsForce() {
    Images images = TestImages.open(root);
    ImageId id = TestImages.importTar(images, ROOTFS, "app:1");
    images.tag("app:1", "other", "2");
    assertThatThrownBy(() -> images.remove(id.shortId(), false, true)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("conflict: unable to delete " + id.shortId() + " (must be forced) - image is referenced in multiple repositories");
    assertThat(images.remove(id.shortId(), true, true)).contains(new DeleteItem.Deleted(id));
  }

  @Test
  void imageUsedByAContainerIsNotUntaggedUnlessForced() {
    ContainerId c = ContainerId.generate();
    List<ImageUsers.User> using = new ArrayList<>();
    Images images = TestImages.open(root, image -> using);
    ImageId id = TestImages.importTar(images, ROOTFS, "app:1");
    using.add(new ImageUsers.User(c, false));
    assertThatThrownBy(() -> images.remove("app:1", false, true)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("conflict: unable to remove repository reference \"app:1\" (must force) - container " + c.shortId()
            + " is using its referenced image " + id.shortId());
    assertThat(images.inspect("app:1").id()).isEqualTo(id);
    assertThat(images.remove("app:1", true, true)).as("the container still holds the layers: none is reported deleted")
        .containsExactly(new DeleteItem.Untagged("app:1"), new DeleteItem.Deleted(id));
  }

  @Test
  void runningContainerBlocksEvenForcedDeleteById() {
    ContainerId c = ContainerId.generate();
    Images images = TestImages.open(root, image -> List.of(new ImageUsers.User(c, true)));
    ImageId id = TestImages.importTar(images, ROOTFS, null);
    assertThatThrownBy(() -> images.remove(id.toString(), true, true)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessage("conflict: unable to delete " + id.shortId() + " (cannot be forced) - image is being used by running container " + c.shortId());
    assertThat(images.store().exists(id)).isTrue();
  }

  @Test
  void parentWithChildCannotBeDeletedAndPruneOfChildRemovesDanglingParent() {
    Images images = TestImages.open(root);
    byte[] base = TestImages.tar(Map.of("a", "1"));
    ImageId parent = TestImages.image(images.store(), List.of(base), "p", Optional.empty());
    ImageId child = TestImages.image(images.store(), List.of(base, TestImages.tar(Map.of("b", "2"))), "c", Optional.of(parent));
    images.tag(child.toString(), "child", "1");
    assertThatThrownBy(() -> images.remove(parent.toString(), true, true)).isInstanceOf(DrydockException.Conflict.class)
        .hasMessageContaining("(cannot be forced) - image has dependent child images");
    assertThat(images.list(false, Map.of())).extracting(ImageRecord::id).containsExactly(child);
    assertThat(images.list(true, Map.of())).extracting(ImageRecord::id).containsExactlyInAnyOrder(child, parent);
    List<Digest> chain = ChainIds.of(images.store().record(child).diffIds());
    assertThat(images.remove("child:1", false, true)).containsExactly(
        new DeleteItem.Untagged("child:1"), new DeleteItem.Deleted(child), new DeleteItem.DeletedLayer(chain.get(1)),
        new DeleteItem.Deleted(parent), new DeleteItem.DeletedLayer(chain.get(0)));
    assertThat(images.store().content().list()).isEmpty();
  }

  @Test
  void sharedLayerIsCountedAsSharedAndKeptUntilItsLastUser() {
    Images images = TestImages.open(root);
    byte[] shared = TestImages.tar(Map.of("shared", "x".repeat(1000)));
    ImageId one = TestImages.image(images.store(), List.of(shared, TestImages.tar(Map.of("one", "1"))), "1", Optional.empty());
    ImageId two = TestImages.image(images.store(), List.of(shared, TestImages.tar(Map.of("two", "2"))), "2", Optional.empty());
    ImageRecord r1 = images.inspect(one.toString());
    assertThat(r1.sharedSize()).isEqualTo(1000);
    io.drydock.common.Digest sharedDigest = r1.layers().get(0).digest();
    images.remove(one.toString(), false, true);
    assertThat(images.store().content().exists(sharedDigest)).isTrue();
    assertThat(images.inspect(two.toString()).sharedSize()).isZero();
    images.remove(two.toString(), false, true);
    assertThat(images.store().content().exists(sharedDigest)).isFalse();
  }

  @Test
  void pruneRemovesDanglingOnlyOrEverythingUnused() {
    ContainerId c = ContainerId.generate();
    List<ImageId> used = new ArrayList<>();
    Images images = TestImages.open(root, image -> used.contains(image) ? List.of(new ImageUsers.User(c, false)) : List.of());
    ImageId dangling = TestImages.importTar(images, TestImages.tar(Map.of("d", "1")), null);
    ImageId tagged = TestImages.importTar(images, TestImages.tar(Map.of("t", "1")), "t:1");
    ImageId inUse = TestImages.importTar(images, TestImages.tar(Map.of("u", "1")), "u:1");
    used.add(inUse);
    Digest danglingLayer = images.store().record(dangling).diffIds().get(0);
    Images.PruneReport first = images.prune(false, Map.of());
    assertThat(first.deleted()).as("as dockerd's ImagesDeleted: the image, then its released layer")
        .containsExactly(new DeleteItem.Deleted(dangling), new DeleteItem.DeletedLayer(danglingLayer));
    assertThat(first.spaceReclaimed()).isPositive();
    Images.PruneReport all = images.prune(true, Map.of());
    assertThat(all.deleted()).contains(new DeleteItem.Deleted(tagged)).doesNotContain(new DeleteItem.Deleted(inUse));
    assertThat(images.store().exists(inUse)).isTrue();
  }

  @Test
  void historyListsStepsNewestFirst() {
    Images images = TestImages.open(root);
    ImageId id = TestImages.image(images.store(), List.of(TestImages.tar(Map.of("a", "1")), TestImages.tar(Map.of("b", "2"))), "h", Optional.empty());
    images.tag(id.toString(), "h", "1");
    List<HistoryItem> history = images.history("h:1");
    assertThat(history).extracting(HistoryItem::createdBy).containsExactly("layer 1", "layer 0");
    assertThat(history.get(0).id()).contains(id);
    assertThat(history.get(0).tags()).containsExactly("h:1");
    assertThat(history.get(1).id()).isEmpty();
  }

  @Test
  void listFiltersByLabelAndRefusesUnknownFilters() {
    Images images = TestImages.open(root);
    ImageId a = TestImages.image(images.store(), List.of(TestImages.tar(Map.of("a", "1"))), "a", Optional.empty());
    TestImages.image(images.store(), List.of(TestImages.tar(Map.of("b", "1"))), "b", Optional.empty());
    assertThat(images.list(true, Map.of("label", List.of("test=a")))).extracting(ImageRecord::id).containsExactly(a);
    assertThatThrownBy(() -> images.list(true, Map.of("color", List.of("red")))).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("Invalid filter 'color'");
  }

  @Test
  void importOfSomethingThatIsNotATarStoresNothing() {
    Images images = TestImages.open(root);
    assertThatThrownBy(() -> TestImages.importTar(images, "this is not a tar archive at all, but it is long enough to have a header? no".repeat(20).getBytes(), "bad:1"))
        .isInstanceOf(DrydockException.InvalidArgument.class);
    assertThat(images.store().content().list()).isEmpty();
    assertThat(images.list(true, Map.of())).isEmpty();
  }

  /** As dockerd's DecompressStream: a compressed rootfs tar, xz included, gives the plain tar's layer. */
  @Test
  void anXzOrGzipCompressedRootfsImportsAsTheSameLayer() throws java.io.IOException {
    Images images = TestImages.open(root);
    Digest plain = images.store().record(images.importRootfs(new java.io.ByteArrayInputStream(ROOTFS), Optional.empty(), List.of(), ""))
        .diffIds().get(0);
    java.io.ByteArrayOutputStream xz = new java.io.ByteArrayOutputStream();
    try (var out = new org.apache.commons.compress.compressors.xz.XZCompressorOutputStream(xz)) {
      out.write(ROOTFS);
    }
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(ROOTFS);
    }
    for (byte[] compressed : List.of(xz.toByteArray(), gz.toByteArray())) {
      ImageId id = images.importRootfs(new java.io.ByteArrayInputStream(compressed), Optional.empty(), List.of(), "");
      assertThat(images.store().record(id).diffIds()).containsExactly(plain);
    }
  }

  @Test
  void importAppliesChanges() {
    Images images = TestImages.open(root);
    ImageId id = images.importRootfs(new java.io.ByteArrayInputStream(ROOTFS), Optional.empty(),
        List.of("CMD [\"/bin/tool\", \"x\"]", "ENV A=1 B=\"two words\"", "EXPOSE 80", "WORKDIR /srv", "LABEL k=v"), "my message");
    ImageRecord r = images.inspect(id.toString());
    assertThat(r.config().cmd()).containsExactly("/bin/tool", "x");
    assertThat(r.config().env()).containsExactly("A=1", "B=two words");
    assertThat(r.config().exposedPorts()).containsExactly("80/tcp");
    assertThat(r.config().workingDir()).isEqualTo("/srv");
    assertThat(r.config().labels()).containsEntry("k", "v");
    assertThat(r.comment()).isEqualTo("my message");
    assertThatThrownBy(() -> images.importRootfs(new java.io.ByteArrayInputStream(ROOTFS), Optional.empty(), List.of("RUN rm -rf /"), ""))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("run is not a valid change command");
  }

  @Test
  void routeParametersBecomeReferences() {
    assertThat(Images.remoteReference("busybox", "").toString()).isEqualTo("docker.io/library/busybox:latest");
    assertThat(Images.remoteReference("busybox", "1.36").toString()).isEqualTo("docker.io/library/busybox:1.36");
    assertThat(Images.remoteReference("localhost:5000/a/b", "sha256:" + "c".repeat(64)).toString())
        .isEqualTo("localhost:5000/a/b@sha256:" + "c".repeat(64));
    assertThat(Images.remoteReference("busybox:1", null).tag()).contains("1");
    assertThatThrownBy(() -> Images.remoteReference("busybox:1", "2")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThat(Images.target("me/app", "").toString()).isEqualTo("docker.io/me/app:latest");
    assertThatThrownBy(() -> Images.target("me/app@sha256:" + "c".repeat(64), "")).hasMessage("refusing to create a tag with a digest reference");
  }
}
