package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.ProgressEvent;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RegistryConfig;
import io.drydock.testing.LocalRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push to and pull from a real distribution registry on loopback, open and behind htpasswd. */
class RegistryPullPushTest {
  @TempDir Path dir;

  private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

  private ImageId twoLayerImage(Images images, String tag) throws Exception {
    ImageId base = BusyboxImage.importInto(images, "busybox:latest");
    byte[] busybox = BusyboxImage.tar();
    ImageId id = TestImages.image(images.store(), List.of(busybox, TestImages.tar(Map.of("etc/motd", "hello from drydock\n"))),
        "two", Optional.of(base));
    images.tag(id.toString(), tag, "");
    return id;
  }

  private List<String> statuses() {
    return events.stream().map(ProgressEvent::status).toList();
  }

  @Test
  void pushedImageIsPulledBackAsTheSameImage() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      Images source = TestImages.open(dir.resolve("a"));
      String name = registry.address() + "/test/app:1";
      ImageId id = twoLayerImage(source, name);

      Images.PushResult pushed = source.push(ImageRef.parse(name), Optional.empty(), events::add);
      assertThat(statuses()).contains("The push refers to repository [" + registry.address() + "/test/app]", "Pushed");
      assertThat(pushed.digest()).isEqualTo(source.inspect(name).manifest().digest());
      assertThat(source.inspect(name).repoDigests()).containsExactly(registry.address() + "/test/app@" + pushed.digest());

      events.clear();
      source.push(ImageRef.parse(name), Optional.empty(), events::add);
      assertThat(statuses()).contains("Layer already exists").doesNotContain("Pushed");

      events.clear();
      String other = registry.address() + "/other/copy:2";
      source.tag(name, registry.address() + "/other/copy", "2");
      source.push(ImageRef.parse(other), Optional.empty(), events::add);
      assertThat(statuses()).contains("Mounted from test/app").doesNotContain("Pushed");

      events.clear();
      Images target = TestImages.open(dir.resolve("b"));
      ImageId pulled = target.pull(ImageRef.parse(name), Platform.parse("linux/amd64"), Optional.empty(), events::add);
      assertThat(pulled).isEqualTo(id);
      ImageRecord before = source.inspect(name);
      ImageRecord after = target.inspect(name);
      assertThat(after.diffIds()).isEqualTo(before.diffIds());
      assertThat(after.layers()).isEqualTo(before.layers());
      assertThat(after.manifest().digest()).isEqualTo(pushed.digest());
      assertThat(after.repoDigests()).containsExactly(registry.address() + "/test/app@" + pushed.digest());
      assertThat(statuses()).contains("Pulling fs layer", "Downloading", "Verifying Checksum", "Download complete", "Pull complete",
          "Digest: " + pushed.digest(), "Status: Downloaded newer image for " + name);
      assertThat(events.stream().filter(e -> e.status().equals("Downloading")).allMatch(e -> e.current() <= e.total() && e.total() > 0)).isTrue();

      events.clear();
      target.pull(ImageRef.parse(name), Platform.parse("linux/amd64"), Optional.empty(), events::add);
      assertThat(statuses()).contains("Already exists", "Status: Image is up to date for " + name);
    }
  }

  @Test
  void largeBlobsAreUploadedInChunks() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      Path rootA = dir.resolve("a");
      io.drydock.supervisor.content.FileContentStore content = io.drydock.supervisor.content.FileContentStore.open(rootA.resolve("content"));
      RegistryClient chunky = new RegistryClient(new RegistryConfig(java.util.Set.of(), 3, 5, 100_000));
      Images source = new Images(ImageStore.open(content, rootA.resolve("images")), ImageUsers.NONE, chunky);
      String name = registry.address() + "/test/chunked:1";
      ImageId id = twoLayerImage(source, name);
      source.push(ImageRef.parse(name), Optional.empty(), events::add);
      Images target = TestImages.open(dir.resolve("b"));
      assertThat(target.pull(ImageRef.parse(name), Platform.host(), Optional.empty(), events::add)).isEqualTo(id);
      assertThat(target.inspect(name).diffIds()).isEqualTo(source.inspect(name).diffIds());
    }
  }

  @Test
  void manifestListPicksThePlatform() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      Images source = TestImages.open(dir.resolve("a"));
      String name = registry.address() + "/multi/app:single";
      ImageId id = twoLayerImage(source, name);
      Images.PushResult pushed = source.push(ImageRef.parse(name), Optional.empty(), events::add);
      long size = source.inspect(name).manifest().size();
      String entry = "{\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\"" + pushed.digest() + "\",\"size\":" + size;
      String index = "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":["
          + entry + ",\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}},"
          + entry + ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}]}";
      byte[] indexBytes = index.getBytes(StandardCharsets.UTF_8);
      new RegistryClient(RegistryConfig.DEFAULT).repository(ImageRef.parse(name), Optional.empty(), true)
          .putManifest("list", indexBytes, MediaTypes.OCI_INDEX);

      Images target = TestImages.open(dir.resolve("b"));
      String listName = registry.address() + "/multi/app:list";
      assertThat(target.pull(ImageRef.parse(listName), Platform.parse("linux/amd64"), Optional.empty(), events::add)).isEqualTo(id);
      assertThat(target.inspect(listName).repoDigests()).containsExactly(registry.address() + "/multi/app@" + Digest.sha256Of(indexBytes));
      assertThatThrownBy(() -> target.pull(ImageRef.parse(listName), Platform.parse("linux/s390x"), Optional.empty(), events::add))
          .isInstanceOf(DrydockException.NotFound.class).hasMessage("no matching manifest for linux/s390x in the manifest list entries");
      assertThatThrownBy(() -> target.pull(ImageRef.parse(registry.address() + "/multi/app:nope"), Platform.host(), Optional.empty(), events::add))
          .isInstanceOf(DrydockException.NotFound.class).hasMessageStartingWith("manifest for " + registry.address() + "/multi/app:nope not found")
          .hasMessageContaining("manifest unknown");
    }
  }

  @Test
  void basicAuthRegistryNeedsTheRightPassword() throws Exception {
    try (LocalRegistry registry = LocalRegistry.startWithAuth(dir.resolve("registry"), "alice", "s3cret")) {
      Images source = TestImages.open(dir.resolve("a"));
      String name = registry.address() + "/private/app:1";
      ImageId id = twoLayerImage(source, name);
      Optional<RegistryAuth> good = RegistryAuth.decode(new RegistryAuth("alice", "s3cret", registry.address(), "").encode());
      Optional<RegistryAuth> bad = Optional.of(new RegistryAuth("alice", "wrong", registry.address(), ""));

      assertThatThrownBy(() -> source.push(ImageRef.parse(name), bad, events::add)).isInstanceOf(DrydockException.Unauthorized.class)
          .hasMessageContaining("unauthorized: authentication required")
          .hasMessageContaining("registry " + registry.address() + " refused the credentials of user \"alice\"");
      assertThatThrownBy(() -> source.push(ImageRef.parse(name), Optional.empty(), events::add))
          .isInstanceOf(DrydockException.Unauthorized.class).hasMessageContaining("no basic auth credentials");

      source.push(ImageRef.parse(name), good, events::add);
      Images target = TestImages.open(dir.resolve("b"));
      assertThatThrownBy(() -> target.pull(ImageRef.parse(name), Platform.host(), bad, events::add))
          .isInstanceOf(DrydockException.Unauthorized.class);
      assertThat(target.list(true, Map.of())).isEmpty();
      assertThat(target.pull(ImageRef.parse(name), Platform.host(), good, events::add)).isEqualTo(id);
    }
  }

  @Test
  void blobCorruptedOnTheRegistrysDiskIsCaughtAndNothingIsStored() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      Images source = TestImages.open(dir.resolve("a"));
      String name = registry.address() + "/test/corrupt:1";
      twoLayerImage(source, name);
      source.push(ImageRef.parse(name), Optional.empty(), events::add);
      Digest top = source.inspect(name).layers().get(1).digest();
      Path data = registry.blobData(top.hex());
      byte[] bytes = Files.readAllBytes(data);
      bytes[bytes.length / 2] ^= 0x20;
      Files.write(data, bytes);

      Images target = TestImages.open(dir.resolve("b"));
      assertThatThrownBy(() -> target.pull(ImageRef.parse(name), Platform.host(), Optional.empty(), events::add))
          .isInstanceOf(DrydockException.InvalidArgument.class)
          .hasMessageContaining("filesystem layer verification failed for digest " + top)
          .hasMessageContaining("digest mismatch");
      assertThat(target.list(true, Map.of())).isEmpty();
      assertThat(target.store().content().list()).isEmpty();
    }
  }

  @Test
  void pullThatFailsHalfwayLeavesNoImageAndNoBlobs() throws Exception {
    try (LocalRegistry registry = LocalRegistry.start(dir.resolve("registry"))) {
      Images source = TestImages.open(dir.resolve("a"));
      String name = registry.address() + "/test/partial:1";
      twoLayerImage(source, name);
      source.push(ImageRef.parse(name), Optional.empty(), events::add);
      Digest top = source.inspect(name).layers().get(1).digest();
      Files.delete(registry.blobData(top.hex()));

      Images target = TestImages.open(dir.resolve("b"));
      assertThatThrownBy(() -> target.pull(ImageRef.parse(name), Platform.host(), Optional.empty(), events::add))
          .isInstanceOf(DrydockException.class);
      assertThat(target.list(true, Map.of())).isEmpty();
      assertThat(target.store().content().list()).isEmpty();
    }
  }

  @Test
  void anUnreachableRegistryFailsBeforeAnyProgressInDockerdsWords() {
    Images images = TestImages.open(dir.resolve("a"));
    assertThatThrownBy(() -> images.pull(ImageRef.parse("127.0.0.1:1/nothing/here:1"), Platform.host(), Optional.empty(), events::add))
        .isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Get \"http://127.0.0.1:1/v2/\": dial tcp 127.0.0.1:1: connect: connection refused");
    assertThat(events).as("no Pulling from before the registry answered").isEmpty();
  }
}
