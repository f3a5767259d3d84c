package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.EngineJson;
import io.drydock.engine.container.JsonObjectStore;
import java.nio.file.Path;
import java.util.Collection;

/** The persisted containers: one JSON file each, replaced atomically (see JsonObjectStore). */
final class ContainerStore {
  private final JsonObjectStore<StoredContainer> files;

  ContainerStore(Path dir) {
    this.files = new JsonObjectStore<>(dir, StoredContainer.class, EngineJson.mapper());
  }

  void put(StoredContainer c) {
    files.put(c.record().id().value(), c);
  }

  /** The record written and fsynced, to be committed (renamed into place) once what it refers to is durable. */
  JsonObjectStore<StoredContainer>.Pending prepare(StoredContainer c) {
    return files.prepare(c.record().id().value(), c);
  }

  /** Atomic, not durable: survives the daemon's death, not necessarily a power cut (JsonObjectStore#replace). */
  void replace(StoredContainer c) {
    files.replace(c.record().id().value(), c);
  }

  /** Whether a record file exists for {@code id}, even one that cannot be read. */
  boolean has(ContainerId id) {
    return files.has(id.value());
  }

  void delete(ContainerId id) {
    files.delete(id.value());
  }

  Collection<StoredContainer> loadAll() {
    return files.loadAll().objects().values();
  }
}
