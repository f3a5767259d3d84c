package io.drydock.engine.container.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverlayChangesTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2026-01-02T00:00:00.5Z");

  static FileFacts dir(Instant t) {
    return FileFacts.of(FileFacts.FileType.DIRECTORY, 4096, 0755, t);
  }

  static FileFacts file(long size) {
    return FileFacts.of(FileFacts.FileType.REGULAR, size, 0644, T1);
  }

  static FileFacts whiteout() {
    return new FileFacts(FileFacts.FileType.OTHER, 0, 0, T1, true, false);
  }

  static FileFacts opaque(Instant t) {
    return new FileFacts(FileFacts.FileType.DIRECTORY, 4096, 0755, t, false, true);
  }

  @Test
  void addedModifiedAndDeletedInWalkOrderWithParentsFirst() {
    Map<String, FileFacts> lower = Map.of("etc", dir(T0), "etc/motd", file(3), "etc/passwd", file(10), "tmp", dir(T0));
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("a", dir(T1));
    upper.put("a/b", file(1));
    upper.put("etc", dir(T1));
    upper.put("etc/motd", whiteout());
    upper.put("etc/passwd", file(11));
    upper.put("tmp", dir(T0));
    upper.put("tmp/x", file(0));
    List<Change> changes = OverlayChanges.of(upper, rel -> Optional.ofNullable(lower.get(rel)));
    assertThat(changes).containsExactly(
        new Change("/a", ChangeKind.ADDED),
        new Change("/a/b", ChangeKind.ADDED),
        new Change("/etc", ChangeKind.MODIFIED),
        new Change("/etc/motd", ChangeKind.DELETED),
        new Change("/etc/passwd", ChangeKind.MODIFIED),
        new Change("/tmp", ChangeKind.MODIFIED),
        new Change("/tmp/x", ChangeKind.ADDED));
  }

  @Test
  void aDirectoryCopiedUpUnchangedIsNotListedButItsParentRoleIs() {
    Map<String, FileFacts> lower = Map.of("usr", dir(T0), "usr/lib", dir(T0), "usr/lib/x", file(5));
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("usr", dir(T0));
    upper.put("usr/lib", dir(T0));
    upper.put("usr/lib/x", file(6));
    assertThat(OverlayChanges.of(upper, rel -> Optional.ofNullable(lower.get(rel))))
        .containsExactly(new Change("/usr/lib/x", ChangeKind.MODIFIED));
  }

  @Test
  void anOpaqueDirectoryIsADeletionAsDockerdReportsIt() {
    Map<String, FileFacts> lower = Map.of("srv", dir(T0), "srv/old", file(1));
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("srv", opaque(T1));
    upper.put("srv/new", file(2));
    assertThat(OverlayChanges.of(upper, rel -> Optional.ofNullable(lower.get(rel))))
        .containsExactly(new Change("/srv", ChangeKind.DELETED), new Change("/srv/new", ChangeKind.ADDED));
  }

  @Test
  void aTopLevelAdditionHasNoParentEntry() {
    LinkedHashMap<String, FileFacts> upper = new LinkedHashMap<>();
    upper.put("new", file(1));
    assertThat(OverlayChanges.of(upper, rel -> Optional.empty())).containsExactly(new Change("/new", ChangeKind.ADDED));
  }

  @Test
  void wireNumbersAreDockersKinds() {
    assertThat(ChangeKind.MODIFIED.wire()).isZero();
    assertThat(ChangeKind.ADDED.wire()).isEqualTo(1);
    assertThat(ChangeKind.DELETED.wire()).isEqualTo(2);
  }
}
