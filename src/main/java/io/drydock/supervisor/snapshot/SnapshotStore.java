package io.drydock.supervisor.snapshot;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.AtomicFiles;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bookkeeping both snapshotters share: keys, parents, kinds and the directory of each snapshot.
 *
 * <pre>
 * root/metadata/&lt;id&gt;.json   the snapshot (key, parent, kind, created); its existence is the commit point
 * root/snapshots/&lt;id&gt;/      the snapshot's files, laid out by the snapshotter
 * </pre>
 *
 * Creation makes the directory first and writes the metadata last (its content fsynced; its
 * directory entry made durable by the caller's commit point, see
 * {@link AtomicFiles#writeBeforeCommit}: a container's record, a layer's commit); removal deletes
 * the metadata first and the directory after. So a crash leaves at worst a directory without metadata, which
 * {@link #open} deletes. Ids are short random strings, so that paths in overlay mount options stay
 * short.
 */
final class SnapshotStore {
  /** Work to do in a new snapshot's directory before it is recorded; an exception undoes it. */
  @FunctionalInterface
  interface Materializer {
    void fill(String id, Path dir) throws IOException;
  }

  record Entry(String id, SnapshotInfo info) {}

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path metadata;
  private final Path snapshots;
  private final Map<String, Entry> byKey = new TreeMap<>();

  private SnapshotStore(Path root) {
    this.metadata = root.resolve("metadata");
    this.snapshots = root.resolve("snapshots");
  }

  static SnapshotStore open(Path root) {
    SnapshotStore store = new SnapshotStore(root);
    try {
      Files.createDirectories(store.metadata);
      Files.createDirectories(store.snapshots);
      store.load();
    } catch (IOException e) {
      throw new UncheckedIOException("open snapshots " + root + ": " + e.getMessage(), e);
    }
    return store;
  }

  private void load() throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(metadata)) {
      for (Path f : files) {
        if (AtomicFiles.isTemp(f)) {
          Files.delete(f);
          continue;
        }
        SnapshotFile s = SnapshotFile.read(f);
        byKey.put(s.key(), new Entry(s.id(), s.info()));
      }
    }
    Set<String> ids = ids();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(snapshots)) {
      for (Path d : dirs) {
        if (!ids.contains(d.getFileName().toString())) {
          TreeRemover.delete(d);
        }
      }
    }
  }

  synchronized Set<String> ids() {
    Set<String> ids = new HashSet<>();
    byKey.values().forEach(e -> ids.add(e.id()));
    return ids;
  }

  Path dir(String id) {
    return snapshots.resolve(id);
  }

  synchronized Entry get(String key) {
    Entry e = byKey.get(key);
    if (e == null) {
      throw new DrydockException.NotFound("snapshot " + key + ": not found");
    }
    return e;
  }

  /** The committed chain below {@code parent}, newest first. */
  synchronized List<Entry> chain(Optional<String> parent) {
    List<Entry> chain = new ArrayList<>();
    for (Optional<String> p = parent; p.isPresent(); p = chain.get(chain.size() - 1).info().parent()) {
      chain.add(get(p.get()));
    }
    return chain;
  }

  synchronized Entry create(String key, Optional<String> parent, SnapshotKind kind, Materializer materializer) {
    if (key == null || key.isEmpty() || key.indexOf('\0') >= 0) {
      throw new DrydockException.InvalidArgument("invalid snapshot key \"" + key + "\"");
    }
    if (byKey.containsKey(key)) {
      throw new DrydockException.Conflict("snapshot " + key + ": already exists");
    }
    if (parent.isPresent()) {
      Entry p = byKey.get(parent.get());
      if (p == null) {
        throw new DrydockException.NotFound("parent snapshot " + parent.get() + ": not found");
      }
      if (p.info().kind() != SnapshotKind.COMMITTED) {
        throw new DrydockException.InvalidArgument("parent snapshot " + parent.get() + " is not committed");
      }
    }
    String id = newId();
    Path dir = dir(id);
    try {
      Files.createDirectory(dir);
      materializer.fill(id, dir);
      Entry entry = new Entry(id, new SnapshotInfo(key, parent, kind, Instant.now()));
      AtomicFiles.writeBeforeCommit(metadataFile(id), SnapshotFile.encode(id, entry.info()));
      byKey.put(key, entry);
      return entry;
    } catch (IOException | RuntimeException e) {
      TreeRemover.delete(dir);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new UncheckedIOException("create snapshot " + key + ": " + e.getMessage(), (IOException) e);
    }
  }

  synchronized Entry commit(String name, String key) {
    Entry active = get(key);
    if (active.info().kind() != SnapshotKind.ACTIVE) {
      throw new DrydockException.InvalidArgument(
          "snapshot " + key + " is " + active.info().kind().name().toLowerCase() + ", only an active snapshot can be committed");
    }
    if (byKey.containsKey(name)) {
      throw new DrydockException.Conflict("snapshot " + name + ": already exists");
    }
    SnapshotInfo info = new SnapshotInfo(name, active.info().parent(), SnapshotKind.COMMITTED, Instant.now());
    AtomicFiles.write(metadataFile(active.id()), SnapshotFile.encode(active.id(), info));
    byKey.remove(key);
    Entry committed = new Entry(active.id(), info);
    byKey.put(name, committed);
    return committed;
  }

  /** Forgets {@code key} (metadata first, so a crash leaves only an orphan directory) and returns it. */
  synchronized Entry remove(String key) {
    return remove(key, true);
  }

  /**
   * As {@link #remove(String)}; with {@code durable} false the metadata's deletion is not fsynced,
   * so a power cut may bring the entry back (its directory then gone or partly gone).
   */
  synchronized Entry remove(String key, boolean durable) {
    Entry e = get(key);
    for (Entry other : byKey.values()) {
      if (other.info().parent().equals(Optional.of(key))) {
        throw new DrydockException.Conflict(
            "cannot remove snapshot " + key + ": snapshot " + other.info().key() + " depends on it");
      }
    }
    try {
      Files.delete(metadataFile(e.id()));
      if (durable) {
        AtomicFiles.fsyncDirectory(metadata);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("remove snapshot " + key + ": " + ex.getMessage(), ex);
    }
    byKey.remove(key);
    return e;
  }

  synchronized List<SnapshotInfo> list() {
    List<SnapshotInfo> out = new ArrayList<>();
    byKey.values().forEach(e -> out.add(e.info()));
    return out;
  }

  private Path metadataFile(String id) {
    return metadata.resolve(id + ".json");
  }

  private String newId() {
    Set<String> taken = ids();
    while (true) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      if (!taken.contains(sb.toString()) && !Files.exists(dir(sb.toString()))) {
        return sb.toString();
      }
    }
  }
}
