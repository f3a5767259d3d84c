package io.drydock.engine.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.ContainerId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonObjectStoreTest {
  @TempDir Path dir;

  private JsonObjectStore<ContainerRecord> store() {
    return new JsonObjectStore<>(dir, ContainerRecord.class, EngineJson.mapper());
  }

  private static ContainerRecord sample() {
    ContainerId id = ContainerId.generate();
    ContainerConfig config = new ContainerConfig("/bin/sh", List.of("-c", "echo hi"),
        List.of("PATH=/bin"), "/work", "1000:1000", "box", true, true, false,
        Map.of("team", "core"), "SIGINT", 3);
    ContainerState state = ContainerState.created()
        .started(ContainerAction.START, 4242, Instant.parse("2026-01-02T03:04:05.123456789Z"),
            id.value());
    return new ContainerRecord(id, "/brave_turing", Instant.parse("2026-01-02T03:04:00Z"),
        "busybox:latest", "sha256:" + "ab".repeat(32), config,
        new ContainerResources(64L << 20, -1, 0, 500_000_000, 512, 0, 0, "0", 100, false),
        RestartPolicy.parse("on-failure:3"), false, state);
  }

  @Test
  void recordRoundTripsThroughTheFile() {
    ContainerRecord r = sample();
    store().put(r.id().value(), r);
    assertThat(store().get(r.id().value())).contains(r);
    JsonObjectStore.Loaded<ContainerRecord> loaded = store().loadAll();
    assertThat(loaded.objects()).containsExactly(Map.entry(r.id().value(), r));
    assertThat(loaded.corrupt()).isEmpty();
  }

  @Test
  void replaceAndDelete() {
    ContainerRecord r = sample();
    store().put("k", r);
    ContainerRecord renamed = r.withName("/other");
    store().put("k", renamed);
    assertThat(store().get("k")).contains(renamed);
    assertThat(store().delete("k")).isTrue();
    assertThat(store().delete("k")).isFalse();
    assertThat(store().get("k")).isEmpty();
  }

  @Test
  void replaceWithoutFsyncIsReadBackLikePutAndLeavesNoTempFile() throws Exception {
    ContainerRecord r = sample();
    store().put("k", r);
    ContainerRecord renamed = r.withName("/marked");
    store().replace("k", renamed);
    assertThat(store().get("k")).contains(renamed);
    assertThat(store().loadAll().objects()).containsExactly(Map.entry("k", renamed));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("k.json");
    }
  }

  @Test
  void aFileThatDoesNotParseStillCountsAsPresent() throws Exception {
    store().put("good", sample());
    Files.writeString(dir.resolve("bad.json"), "");
    assertThat(store().has("good")).isTrue();
    assertThat(store().has("bad")).isTrue();
    assertThat(store().has("absent")).isFalse();
    store().delete("good");
    assertThat(store().has("good")).isFalse();
  }

  @Test
  void interruptedWriteNeverShadowsTheGoodFile() throws Exception {
    ContainerRecord r = sample();
    store().put("c1", r);
    // A crash between writing the temp file and renaming it leaves this behind, possibly torn.
    Path torn = dir.resolve(".c1.json.tmp-0b5e");
    Files.writeString(torn, "{\"id\": \"trunc");
    assertThat(store().get("c1")).contains(r);
    JsonObjectStore.Loaded<ContainerRecord> loaded = store().loadAll();
    assertThat(loaded.objects()).containsExactly(Map.entry("c1", r));
    assertThat(loaded.corrupt()).isEmpty();
    assertThat(loaded.staleTempFiles()).isEqualTo(1);
    assertThat(torn).doesNotExist();
  }

  @Test
  void corruptFilesAreReportedAndSkipped() throws Exception {
    ContainerRecord r = sample();
    store().put("good", r);
    Files.writeString(dir.resolve("bad.json"), "{not json");
    Files.writeString(dir.resolve("notes.txt"), "ignored");
    JsonObjectStore.Loaded<ContainerRecord> loaded = store().loadAll();
    assertThat(loaded.objects()).containsOnlyKeys("good");
    assertThat(loaded.corrupt()).singleElement()
        .satisfies(c -> assertThat(c.file()).isEqualTo(dir.resolve("bad.json")));
    assertThat(dir.resolve("bad.json")).exists();
  }

  @Test
  void aRecordWithAnInvalidIdIsCorruptNotFatal() throws Exception {
    ContainerRecord r = sample();
    store().put("x", r);
    String json = Files.readString(dir.resolve("x.json")).replace(r.id().value(), "not-an-id");
    Files.writeString(dir.resolve("y.json"), json);
    JsonObjectStore.Loaded<ContainerRecord> loaded = store().loadAll();
    assertThat(loaded.objects()).containsOnlyKeys("x");
    assertThat(loaded.corrupt()).singleElement()
        .satisfies(c -> assertThat(c.reason()).contains("invalid container id"));
  }

  /** A prepared value is invisible until committed; a discarded one leaves nothing. */
  @Test
  void aPreparedValueAppearsOnlyOnCommitAndADiscardedOneLeavesNoFile() throws Exception {
    ContainerRecord r = sample();
    JsonObjectStore<ContainerRecord>.Pending kept = store().prepare("kept", r);
    JsonObjectStore<ContainerRecord>.Pending dropped = store().prepare("dropped", r);
    assertThat(store().get("kept")).isEmpty();
    assertThat(store().has("kept")).isFalse();
    kept.commit();
    dropped.discard();
    assertThat(store().get("kept")).contains(r);
    assertThat(store().get("dropped")).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kept.json");
    }
  }

  @Test
  void noTempFileRemainsAfterWrites() throws Exception {
    for (int i = 0; i < 20; i++) {
      store().put("k" + i, sample());
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .hasSize(20).allMatch(n -> n.matches("k\\d+\\.json"));
    }
  }

  @Test
  void keysThatCouldEscapeTheDirectoryAreRefused() {
    for (String key : new String[] {"../x", "a/b", ".hidden", ""}) {
      assertThatThrownBy(() -> store().put(key, sample()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void missingDirectoryLoadsEmpty() {
    JsonObjectStore<ContainerRecord> s =
        new JsonObjectStore<>(dir.resolve("none"), ContainerRecord.class, EngineJson.mapper());
    assertThat(s.loadAll().objects()).isEmpty();
  }

  @Test
  void aPutMakesItsDirectoryAndMakesItAgainWhenItWasRemoved() throws Exception {
    Path nested = dir.resolve("a").resolve("records");
    JsonObjectStore<ContainerRecord> s = new JsonObjectStore<>(nested, ContainerRecord.class, EngineJson.mapper());
    ContainerRecord r = sample();
    s.put("k", r);
    assertThat(s.get("k")).contains(r);
    Files.delete(nested.resolve("k.json"));
    Files.delete(nested);
    s.put("k", r);
    assertThat(s.get("k")).contains(r);
    try (var entries = Files.list(nested)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("k.json");
    }
  }
}
