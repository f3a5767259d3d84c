package io.drydock.api.images;

import io.drydock.api.dto.ContainerConfig;
import io.drydock.api.dto.CreateImageInfo;
import io.drydock.api.dto.GraphDriverData;
import io.drydock.api.dto.HistoryResponseItem;
import io.drydock.api.dto.ImageDeleteResponseItem;
import io.drydock.api.dto.ImageInspect;
import io.drydock.api.dto.ImageSummary;
import io.drydock.api.dto.ProgressDetail;
import io.drydock.engine.image.DeleteItem;
import io.drydock.engine.image.HistoryItem;
import io.drydock.engine.image.CommittedFrom;
import io.drydock.engine.image.ContainerSettings;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.registry.ProgressEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine image records → the swagger's image DTOs. */
public final class ImageTranslator {
  private ImageTranslator() {}

  static ImageSummary summary(ImageRecord r) {
    List<String> tags = r.repoTags().isEmpty() ? List.of("<none>:<none>") : r.repoTags();
    List<String> digests = r.repoDigests().isEmpty() ? List.of("<none>@<none>") : r.repoDigests();
    return new ImageSummary(r.id().toString(), r.parent().map(ImageId::toString).orElse(""), tags, digests,
        r.created().getEpochSecond(), r.size(), -1, r.size(), r.config().labels(), -1);
  }

  static ImageInspect inspect(ImageRecord r, String driver, Map<String, String> storageDirs) {
    return new ImageInspect(r.id().toString(), r.repoTags(), r.repoDigests(), r.parent().map(ImageId::toString).orElse(""),
        r.comment(), rfc3339(r.created()), r.committedFrom().containerId(), containerConfig(r.committedFrom()), "", r.author(), config(r.config(), r.configSettings()),
        r.platform().architecture(),
        r.platform().variant().isEmpty() ? null : r.platform().variant(), r.platform().os(), r.size(), r.size(),
        new GraphDriverData(driver, storageDirs),
        new ImageInspect.RootFs("layers", r.diffIds().stream().map(Object::toString).toList()),
        Map.of("LastTagTime", "0001-01-01T00:00:00Z"));
  }

  /**
   * {@code ContainerConfig}: the config of the container the image was committed from, as the
   * image keeps it; all empty (and {@code Labels} null) for an imported image, as dockerd shows it.
   */
  static ContainerConfig containerConfig(CommittedFrom from) {
    return config(from.config(), from.settings());
  }

  /** An image config with the container settings it holds (a committed container's; all empty otherwise). */
  static ContainerConfig config(ImageConfig config, ContainerSettings s) {
    ContainerConfig c = config(config);
    return new ContainerConfig(s.hostname(), s.domainname(), c.user(), s.attachStdin(), s.attachStdout(), s.attachStderr(),
        c.exposedPorts(), s.tty(), s.openStdin(), s.stdinOnce(), c.env(), c.cmd(), s.image(), c.volumes(), c.workingDir(),
        c.entrypoint(), c.onBuild(), null, c.labels(), c.stopSignal(), null, c.healthcheck());
  }

  /** An image config as the swagger's {@code ContainerConfig} (nulls where the image sets nothing, as dockerd shows). */
  public static ContainerConfig config(ImageConfig c) {
    return new ContainerConfig("", "", c.user(), false, false, false, set(c.exposedPorts()), false, false, false,
        c.env().isEmpty() ? null : c.env(), c.cmd().isEmpty() ? null : c.cmd(), "", set(c.volumes()), c.workingDir(),
        c.entrypoint().isEmpty() ? null : c.entrypoint(), c.onBuild().isEmpty() ? null : c.onBuild(), null, c.labels().isEmpty() ? null : c.labels(),
        c.stopSignal().isEmpty() ? null : c.stopSignal(), null, healthConfig(c.healthcheck()));
  }

  /** {@code Healthcheck} of a container or image config, as kept; null when there is none. */
  public static io.drydock.api.dto.HealthConfig healthConfig(io.drydock.engine.container.health.Healthcheck h) {
    return h == null ? null
        : new io.drydock.api.dto.HealthConfig(h.test().isEmpty() ? null : h.test(), h.interval(), h.timeout(), h.startPeriod(), h.retries());
  }

  private static Map<String, Object> set(java.util.Set<String> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    keys.stream().sorted().forEach(k -> m.put(k, Map.of()));
    return m;
  }

  static HistoryResponseItem history(HistoryItem h) {
    return new HistoryResponseItem(h.id().map(ImageId::toString).orElse("<missing>"), h.created().map(Instant::getEpochSecond).orElse(0L),
        h.createdBy(), h.tags().isEmpty() ? null : h.tags(), h.size(), h.comment());
  }

  static ImageDeleteResponseItem deleted(DeleteItem item) {
    if (item instanceof DeleteItem.Untagged u) {
      return new ImageDeleteResponseItem(u.reference(), null);
    }
    if (item instanceof DeleteItem.DeletedLayer l) {
      return new ImageDeleteResponseItem(null, l.chainId().toString());
    }
    return new ImageDeleteResponseItem(null, ((DeleteItem.Deleted) item).id().toString());
  }


  static CreateImageInfo progress(ProgressEvent e) {
    String id = e.id() == null || e.id().isEmpty() ? null : e.id();
    ProgressDetail detail = e.isTransfer() ? new ProgressDetail(e.current(), e.total()) : null;
    return new CreateImageInfo(id, e.status(), null, detail, null, null, null);
  }

  /** Go's {@code time.RFC3339Nano} as dockerd prints it. */
  public static String rfc3339(Instant t) {
    return t == null ? "0001-01-01T00:00:00Z" : io.drydock.api.GoTime.rfc3339Nano(t);
  }
}
