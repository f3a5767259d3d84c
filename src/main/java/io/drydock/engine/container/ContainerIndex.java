package io.drydock.engine.container;

import io.drydock.common.ContainerId;
import io.drydock.common.DrydockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The engine's in-memory table of containers: records by id, and the name reservations. It answers
 * the three ways a client names a container, in dockerd's order: full id, exact name (with or
 * without the leading {@code /}), then a unique id prefix. A name is reserved before the record
 * exists (create needs the name early and may still fail), and released with the record.
 *
 * <p>Thread-safe: every method holds one lock, so a lookup never sees a half-made rename.
 */
public final class ContainerIndex {
  private final NavigableMap<String, ContainerRecord> byId = new TreeMap<>();
  private final Map<String, ContainerId> names = new HashMap<>();
  private final RandomGenerator random;

  public ContainerIndex(RandomGenerator random) {
    this.random = random;
  }

  public ContainerIndex() {
    this(new java.security.SecureRandom());
  }

  /**
   * Reserves {@code requested} for {@code id} and returns its stored form ({@code /name}). The
   * same id may reserve its own name again. Invalid → InvalidArgument, taken → Conflict.
   */
  public synchronized String reserveName(ContainerId id, String requested) {
    String name = ContainerNames.canonical(requested);
    ContainerId holder = names.get(name);
    if (holder != null && !holder.equals(id)) {
      throw nameConflict(name, holder);
    }
    names.put(name, id);
    return name;
  }

  /**
   * Reserves a generated name for {@code id}: {@code adjective_surname}, then with a digit after
   * collisions, finally the short id, as dockerd does.
   */
  public synchronized String reserveGeneratedName(ContainerId id) {
    for (int attempt = 0; attempt < ContainerNames.GENERATED_ATTEMPTS; attempt++) {
      String name = "/" + ContainerNames.generate(random, attempt);
      if (!names.containsKey(name)) {
        names.put(name, id);
        return name;
      }
    }
    return reserveName(id, id.shortId());
  }

  /** Frees a name reserved by a create that failed. Unknown names are ignored. */
  public synchronized void releaseName(String name) {
    names.remove("/" + ContainerNames.stripSlash(name));
  }

  /**
   * Adds or replaces a record. Its name must be reserved for its id (or free, then it is
   * reserved); a new record must not reuse an existing id with another name.
   */
  public synchronized void put(ContainerRecord record) {
    ContainerId holder = names.get(record.name());
    if (holder != null && !holder.equals(record.id())) {
      throw nameConflict(record.name(), holder);
    }
    ContainerRecord old = byId.get(record.id().value());
    if (old != null && !old.name().equals(record.name())) {
      throw new IllegalStateException("names change only through rename: " + record.id());
    }
    names.put(record.name(), record.id());
    byId.put(record.id().value(), record);
  }

  /** Looks up a container by full id, name or unique id prefix; dockerd's errors otherwise. */
  public synchronized ContainerRecord get(String ref) {
    return byId.get(resolve(ref).value());
  }

  public synchronized Optional<ContainerRecord> find(ContainerId id) {
    return Optional.ofNullable(byId.get(id.value()));
  }

  /** Atomically replaces the record of {@code id} with {@code change} applied to it. */
  public synchronized ContainerRecord update(ContainerId id, UnaryOperator<ContainerRecord> change) {
    ContainerRecord old = byId.get(id.value());
    if (old == null) {
      throw new DrydockException.NotFound("No such container: " + id.value());
    }
    ContainerRecord updated = change.apply(old);
    if (!updated.id().equals(id) || !updated.name().equals(old.name())) {
      throw new IllegalStateException("update may not change id or name: " + id);
    }
    byId.put(id.value(), updated);
    return updated;
  }

  /**
   * Renames the container {@code ref} to {@code newName} with dockerd's checks: empty names,
   * the same name, invalid or taken names are refused and nothing changes.
   */
  public synchronized ContainerRecord rename(String ref, String newName) {
    if (ref == null || ref.isEmpty() || newName == null || newName.isEmpty()) {
      throw new DrydockException.InvalidArgument("Neither old nor new names may be empty");
    }
    ContainerRecord old = get(ref);
    ContainerLifecycle.check(old.status(), ContainerAction.RENAME, old.id().value());
    String target = newName.startsWith("/") ? newName : "/" + newName;
    if (target.equals(old.name())) {
      throw new DrydockException.InvalidArgument(
          "Renaming a container with the same name as its current name");
    }
    if (!ContainerNames.isValid(target)) {
      throw new DrydockException.InvalidArgument("Error when allocating new name: " + ContainerNames.invalid(target));
    }
    ContainerId holder = names.get(target);
    if (holder != null) {
      throw new DrydockException.Conflict(
          "Error when allocating new name: " + nameConflict(target, holder).getMessage());
    }
    ContainerRecord renamed = old.withName(target);
    names.remove(old.name());
    names.put(target, old.id());
    byId.put(old.id().value(), renamed);
    return renamed;
  }

  /** Forgets the record and frees its name; returns whether it existed. */
  public synchronized boolean remove(ContainerId id) {
    ContainerRecord old = byId.remove(id.value());
    if (old == null) {
      return false;
    }
    names.remove(old.name());
    return true;
  }

  public synchronized List<ContainerRecord> all() {
    return List.copyOf(new ArrayList<>(byId.values()));
  }

  /** How many containers are in each state, for {@code /info}; every state is present. */
  public synchronized Map<ContainerStatus, Integer> countByStatus() {
    Map<ContainerStatus, Integer> counts = new java.util.EnumMap<>(ContainerStatus.class);
    for (ContainerStatus s : ContainerStatus.values()) {
      counts.put(s, 0);
    }
    byId.values().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  public synchronized int size() {
    return byId.size();
  }

  private ContainerId resolve(String ref) {
    if (ref == null || ref.isEmpty()) {
      throw new DrydockException.InvalidArgument("invalid name or ID supplied: \"\"");
    }
    if (byId.containsKey(ref)) {
      return byId.get(ref).id();
    }
    ContainerId byName = names.get("/" + ContainerNames.stripSlash(ref));
    if (byName != null && byId.containsKey(byName.value())) {
      return byName;
    }
    NavigableMap<String, ContainerRecord> matches = byId.subMap(ref, true, ref + Character.MAX_VALUE, false);
    if (matches.isEmpty()) {
      throw new DrydockException.NotFound("No such container: " + ref);
    }
    if (matches.size() > 1) {
      throw new DrydockException.InvalidArgument(
          "Multiple IDs found with provided prefix: " + ref);
    }
    return matches.firstEntry().getValue().id();
  }

  private static DrydockException.Conflict nameConflict(String name, ContainerId holder) {
    return new DrydockException.Conflict(
        "Conflict. The container name \""
            + name
            + "\" is already in use by container \""
            + holder.value()
            + "\". You have to remove (or rename) that container to be able to reuse that name.");
  }
}
