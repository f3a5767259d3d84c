package io.drydock.runtime;

import io.drydock.runtime.cgroup.CgroupManager;
import io.drydock.runtime.cgroup.CgroupResources;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Containers' cgroups made before their create, while the caller still prepares the bundle
 * (mounts, config.json). The point is the kernel's wait for the first migration into a cgroup
 * after a quiet spell (an RCU grace period, {@link CgroupMigrationWarmup}): it can only start once
 * the cgroup exists, since the writer holds {@code cgroup_mutex} while it waits and would hold up
 * the {@code mkdir}s; made ahead, the cgroup lets the wait overlap that preparation instead of the
 * create's own steps.
 *
 * <p>The create takes a prepared cgroup over only when its config asks for the same path and the
 * same limits; one made for other values is removed and the create makes its own, as it would
 * have anyway. A failure to prepare is not reported here: the create then tries again and reports
 * it as usual.
 */
final class PreparedCgroups {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PreparedCgroups.class);

  private record Prepared(String path, CgroupResources resources, CompletableFuture<CgroupManager> made) {}

  private final ContainerCgroups cgroups;
  private final Executor executor;
  private final Map<RuntimeId, Prepared> byId = new ConcurrentHashMap<>();

  PreparedCgroups(ContainerCgroups cgroups, Executor executor) {
    this.cgroups = cgroups;
    this.executor = executor;
  }

  /** Starts making {@code path} with {@code resources} for {@code id}; a second call for the same id is ignored. */
  CreateAhead prepare(RuntimeId id, String path, CgroupResources resources) {
    CompletableFuture<CgroupManager> made = new CompletableFuture<>();
    Prepared p = new Prepared(path, resources, made);
    if (byId.putIfAbsent(id, p) != null) {
      return CreateAhead.NONE;
    }
    executor.execute(() -> {
      try {
        CgroupManager m = cgroups.create(path, resources);
        made.complete(m);
        Launcher.warmCgroupMigrationInJvm();
      } catch (RuntimeException e) {
        made.completeExceptionally(e);
      }
    });
    return () -> abandon(id, p);
  }

  /**
   * The cgroup prepared for {@code id}, if it is {@code path} with {@code resources}; empty when
   * none was prepared, preparing it failed, or it was made for other values (then it is removed).
   */
  Optional<CgroupManager> take(RuntimeId id, String path, CgroupResources resources) {
    Prepared p = byId.remove(id);
    if (p == null) {
      return Optional.empty();
    }
    Optional<CgroupManager> made = joined(p);
    if (made.isPresent() && !(p.path().equals(path) && p.resources().equals(resources))) {
      LOG.debug("cgroup {} was made ahead for other values than the create's; making it anew", p.path());
      destroyQuietly(made.get());
      return Optional.empty();
    }
    return made;
  }

  /** Whether a cgroup was announced for {@code id} and not taken yet (made or still being made). */
  boolean announced(RuntimeId id) {
    return byId.containsKey(id);
  }

  /** Waits until the cgroup prepared for {@code id}, not taken yet, is made; empty when there is none. */
  Optional<CgroupManager> awaitMade(RuntimeId id) {
    Prepared p = byId.get(id);
    return p == null ? Optional.empty() : joined(p);
  }

  private void abandon(RuntimeId id, Prepared p) {
    if (byId.remove(id, p)) {
      joined(p).ifPresent(PreparedCgroups::destroyQuietly);
    }
  }

  private static Optional<CgroupManager> joined(Prepared p) {
    try {
      return Optional.of(p.made().join());
    } catch (CompletionException e) {
      LOG.debug("cgroup {} not made ahead: {}", p.path(), e.getCause() == null ? e.toString() : e.getCause().toString());
      return Optional.empty();
    }
  }

  private static void destroyQuietly(CgroupManager m) {
    try {
      ContainerCgroups.destroy(m);
    } catch (RuntimeException e) {
      LOG.warn("removing a cgroup made ahead of a create: {}", e.toString());
    }
  }
}
