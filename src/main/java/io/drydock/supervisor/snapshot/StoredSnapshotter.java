package io.drydock.supervisor.snapshot;

import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.TreeRemover;
import java.nio.file.Path;
import java.util.List;

/** What both snapshotters do alike over a {@link SnapshotStore}; they differ in files and mounts. */
abstract class StoredSnapshotter implements Snapshotter {
  protected final SnapshotStore store;

  StoredSnapshotter(SnapshotStore store) {
    this.store = store;
  }

  /** The directory holding a snapshot's own files. */
  protected Path fs(SnapshotStore.Entry e) {
    return store.dir(e.id()).resolve("fs");
  }

  protected abstract List<MountSpec> activeMounts(SnapshotStore.Entry e, List<SnapshotStore.Entry> chain);

  protected abstract List<MountSpec> viewMounts(SnapshotStore.Entry e, List<SnapshotStore.Entry> chain);

  /** Called after a snapshot's metadata is gone, to drop what lives outside its directory. */
  protected void forget(SnapshotStore.Entry e) {}

  @Override
  public List<MountSpec> mounts(String key) {
    SnapshotStore.Entry e = store.get(key);
    List<SnapshotStore.Entry> chain = store.chain(e.info().parent());
    return switch (e.info().kind()) {
      case ACTIVE -> activeMounts(e, chain);
      case VIEW -> viewMounts(e, chain);
      case COMMITTED -> throw new DrydockException.Conflict(
          "snapshot " + key + " is committed; only active snapshots and views can be mounted");
    };
  }

  @Override
  public void commit(String name, String key) {
    store.commit(name, key);
  }

  @Override
  public void remove(String key) {
    SnapshotStore.Entry e = store.remove(key);
    forget(e);
    TreeRemover.delete(store.dir(e.id()));
  }

  @Override
  public void discard(String key) {
    SnapshotStore.Entry e = store.remove(key, false);
    forget(e);
    TreeRemover.delete(store.dir(e.id()));
  }

  @Override
  public SnapshotInfo stat(String key) {
    return store.get(key).info();
  }

  @Override
  public List<Path> committedLayers(String key) {
    SnapshotStore.Entry e = store.get(key);
    if (e.info().kind() != SnapshotKind.COMMITTED) {
      throw new DrydockException.InvalidArgument("snapshot " + key + " is not committed");
    }
    return store.chain(java.util.Optional.of(key)).stream().map(this::fs).toList();
  }

  @Override
  public Usage usage(String key) {
    return DiskUsage.of(fs(store.get(key)));
  }

  @Override
  public List<SnapshotInfo> list() {
    return store.list();
  }

  protected SnapshotStore.Entry active(String key) {
    SnapshotStore.Entry e = store.get(key);
    if (e.info().kind() != SnapshotKind.ACTIVE) {
      throw new DrydockException.InvalidArgument("snapshot " + key + " is not active");
    }
    return e;
  }

  protected static MountSpec bind(Path source, boolean readOnly) {
    return new MountSpec("bind", source.toString(), List.of("rbind", readOnly ? "ro" : "rw"));
  }
}
