package io.drydock.engine.system;

import io.drydock.engine.events.EventBus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * The engine's system backend: answers {@code info}, {@code version facts} and {@code data usage}
 * from the host facts probed at start, the engine settings, the {@link ObjectRegistry} the stores
 * feed and the {@link EventBus}.
 */
public final class SystemService {
  private final HostFacts host;
  private final EngineSettings settings;
  private final ObjectRegistry registry;
  private final EventBus events;
  private final Clock clock;

  public SystemService(HostFacts host, EngineSettings settings, ObjectRegistry registry, EventBus events, Clock clock) {
    this.host = host;
    this.settings = settings;
    this.registry = registry;
    this.events = events;
    this.clock = clock;
  }

  public SystemInfo info() {
    return new SystemInfo(
        host,
        settings,
        registry.counts(),
        events.subscriberCount(),
        Thread.activeCount(),
        openFiles(),
        backingFilesystem(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atZone(clock.getZone())));
  }

  private static int openFiles() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return (int) fds.count();
    } catch (IOException e) {
      return -1;
    }
  }

  private String backingFilesystem() {
    try {
      return dockerFsName(Files.getFileStore(settings.dataRoot()).type());
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * A filesystem type as dockerd names it in {@code Backing Filesystem} (its graphdriver's magic
   * table): the ext family is {@code extfs}, overlay {@code overlayfs}; the others keep their name.
   */
  static String dockerFsName(String type) {
    return switch (type) {
      case "ext2", "ext3", "ext4" -> "extfs";
      case "overlay" -> "overlayfs";
      default -> type;
    };
  }

  public HostFacts host() {
    return host;
  }

  public EngineSettings settings() {
    return settings;
  }

  public DataUsage dataUsage() {
    return registry.dataUsage();
  }
}
