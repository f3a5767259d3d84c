package io.drydock.engine.volume;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import io.drydock.engine.events.Actor;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.events.EventType;
import io.drydock.engine.events.FilterKeys;
import io.drydock.engine.events.LabelMatch;
import io.drydock.supervisor.store.AtomicFiles;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The volume service with the {@code local} driver, dockerd's {@code volume/service} role. Each
 * volume is a directory {@code <root>/<name>} holding {@code _data} (what containers mount) and
 * {@code volume.json} (its metadata). Volumes with tmpfs or bind options are mounted on
 * {@code _data} while at least one container has them mounted ({@link #mount}/{@link #unmount}).
 *
 * <p>Create is idempotent for the same name and driver, as in Docker: {@code docker volume create
 * x} twice returns the same volume.
 */
public final class Volumes {
  public static final String LOCAL = "local";
  private static final String META = "volume.json";
  private static final Set<String> PRUNE_FILTERS = Set.of("label", "label!");
  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path root;
  private final EventBus events;
  private final Clock clock;
  private final Map<String, VolumeRecord> volumes = new ConcurrentHashMap<>();
  private final Map<String, Integer> mountCounts = new HashMap<>();
  private final LocalMounter mounter;
  private volatile VolumeUsers users = VolumeUsers.NONE;

  public Volumes(Path root, EventBus events, Clock clock) {
    this.root = root;
    this.events = events;
    this.clock = clock;
    this.mounter = new LocalMounter();
    load();
  }

  /** Installs the container service's view of who uses which volume. */
  public void usersFrom(VolumeUsers users) {
    this.users = users;
  }

  public Path root() {
    return root;
  }

  /** The daemon's data root, the directory this one of volumes lies in. */
  public Path daemonRoot() {
    return root.getParent();
  }

  /** Creates a volume; an empty name makes an anonymous one (64 hex). */
  public synchronized VolumeRecord create(Optional<String> name, String driver, Map<String, String> labels, Map<String, String> options) {
    String d = driver == null || driver.isEmpty() ? LOCAL : driver;
    boolean anonymous = name.filter(s -> !s.isEmpty()).isEmpty();
    String n = anonymous ? VolumeNames.anonymous() : name.get();
    if (!d.equals(LOCAL)) {
      throw new DrydockException.NotFound("create " + n + ": error looking up volume plugin " + d + ": plugin \"" + d + "\" not found");
    }
    VolumeRecord existing = volumes.get(n);
    if (existing != null) {
      // dockerd's volume service logs every create, also of a volume it already has (a container's `-v name:`)
      events.publish(EventType.VOLUME, "create", new Actor(n, Map.of("driver", existing.driver())));
      return existing;
    }
    try {
      VolumeNames.validate(n);
      LocalOptions.parse(options == null ? Map.of() : options);
    } catch (DrydockException.InvalidArgument e) {
      // dockerd's volume service names the volume in every refusal of its driver
      throw new DrydockException.InvalidArgument("create " + n + ": " + e.getMessage(), e);
    }
    Path dir = root.resolve(n);
    VolumeRecord record = new VolumeRecord(n, d, dir.resolve("_data").toString(), now(), labels, options, anonymous);
    try {
      Files.createDirectories(dir.resolve("_data"));
      AtomicFiles.write(dir.resolve(META), JSON.writeValueAsBytes(record));
    } catch (IOException | RuntimeException e) {
      TreeRemover.delete(dir);
      throw new DrydockException.SystemError("create volume " + n + ": " + e.getMessage(), e);
    }
    volumes.put(n, record);
    events.publish(EventType.VOLUME, "create", new Actor(n, Map.of("driver", d)));
    return record;
  }

  /** What {@code docker system df} shows of a volume: the bytes under its data and how many containers use it. */
  public record Usage(long sizeBytes, int refCount) {}

  public Usage usage(VolumeRecord v) {
    return new Usage(TreeSize.of(Path.of(v.mountpoint())), users.of(v.name()).size());
  }

  public VolumeRecord inspect(String name) {
    VolumeRecord v = volumes.get(name);
    if (v == null) {
      throw new DrydockException.NotFound("get " + name + ": no such volume");
    }
    return v;
  }

  public List<VolumeRecord> list(VolumeFilter filter) {
    List<VolumeRecord> out = new ArrayList<>();
    for (VolumeRecord v : volumes.values()) {
      if (filter.matches(v, !users.of(v.name()).isEmpty())) {
        out.add(v);
      }
    }
    out.sort(Comparator.comparing(VolumeRecord::name));
    return out;
  }

  /** Removes a volume; refused with 409 while a container uses it (force only ignores absence). */
  public synchronized void remove(String name, boolean force) {
    VolumeRecord v = volumes.get(name);
    if (v == null) {
      if (force) {
        return;
      }
      throw new DrydockException.NotFound("get " + name + ": no such volume");
    }
    List<String> using = users.of(name);
    if (!using.isEmpty() || mountCounts.getOrDefault(name, 0) > 0) {
      throw new DrydockException.Conflict("remove " + name + ": volume is in use - " + using);
    }
    Path dir = root.resolve(name);
    try {
      Files.deleteIfExists(dir.resolve(META));
    } catch (IOException e) {
      throw new DrydockException.SystemError("remove " + name + ": " + e.getMessage(), e);
    }
    volumes.remove(name);
    TreeRemover.delete(dir);
    events.publish(EventType.VOLUME, "destroy", new Actor(name, Map.of("driver", v.driver())));
  }

  /** Removes every volume no container uses that carries the given labels. */
  public PruneReport prune(Map<String, List<String>> filters) {
    FilterKeys.check(filters, PRUNE_FILTERS);
    List<String> labels = filters.getOrDefault("label", List.of());
    List<String> notLabels = filters.getOrDefault("label!", List.of());
    List<String> deleted = new ArrayList<>();
    long bytes = 0;
    for (VolumeRecord v : list(VolumeFilter.none())) {
      if (!LabelMatch.all(v.labelsOrEmpty(), labels) || LabelMatch.excluded(v.labelsOrEmpty(), notLabels) || !users.of(v.name()).isEmpty()) {
        continue;
      }
      long size = TreeSize.of(Path.of(v.mountpoint()));
      try {
        remove(v.name(), false);
        deleted.add(v.name());
        bytes += size;
      } catch (DrydockException.Conflict raced) {
        // became used while pruning: keep it
      }
    }
    events.publish(EventType.VOLUME, "prune", new Actor("", Map.of("reclaimed", Long.toString(bytes))));
    return new PruneReport(deleted, bytes);
  }

  /**
   * Makes the volume's data ready for a container and returns the directory to bind-mount: for
   * tmpfs and bind volumes the first user mounts it, later users share that mount.
   */
  public synchronized Path mount(String name) {
    VolumeRecord v = inspect(name);
    Path data = Path.of(v.mountpoint());
    int count = mountCounts.getOrDefault(name, 0);
    if (count == 0) {
      mounter.mount(LocalOptions.parse(v.optionsOrEmpty()), data);
    }
    mountCounts.put(name, count + 1);
    return data;
  }

  /** Releases one {@link #mount}; the last one unmounts tmpfs and bind volumes. */
  public synchronized void unmount(String name) {
    int count = mountCounts.getOrDefault(name, 0);
    if (count == 0) {
      return;
    }
    if (count == 1) {
      mountCounts.remove(name);
      VolumeRecord v = volumes.get(name);
      if (v != null) {
        mounter.unmount(LocalOptions.parse(v.optionsOrEmpty()), Path.of(v.mountpoint()));
      }
    } else {
      mountCounts.put(name, count - 1);
    }
  }

  /**
   * Docker's copy-up: when a container mounts a new, empty volume over a path where its image has
   * content, that content is copied into the volume (owners, modes, symlinks kept as they are).
   */
  public void copyImageContent(Path imagePath, Path volumeData) {
    ContentCopier.copyIfEmpty(imagePath, volumeData);
  }

  private void load() {
    try {
      Files.createDirectories(root);
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
        for (Path dir : dirs) {
          Path meta = dir.resolve(META);
          if (Files.isRegularFile(meta)) {
            VolumeRecord v = JSON.readValue(Files.readAllBytes(meta), VolumeRecord.class);
            volumes.put(v.name(), v);
          }
        }
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("load volumes from " + root + ": " + e.getMessage(), e);
    }
  }

  private String now() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }
}
