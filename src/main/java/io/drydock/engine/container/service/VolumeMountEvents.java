package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.container.wiring.WiringView;
import io.drydock.engine.events.Actor;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.events.EventType;
import io.drydock.engine.volume.MountType;
import io.drydock.engine.volume.Volumes;
import java.util.Map;
import java.util.Optional;

/**
 * dockerd's volume {@code mount} and {@code unmount} events: one per volume a container mounts,
 * when a run sets its mounts up and when the run's cleanup takes them down (also after a failed
 * start). Binds and tmpfs mounts are not volumes and have none. {@code docker events --filter
 * type=volume} is how a user sees which containers use a volume, so both are there as in dockerd.
 */
final class VolumeMountEvents {
  private VolumeMountEvents() {}

  static void mounted(EventBus events, ContainerId id, Optional<WiringView> view) {
    publish(events, id, view, true);
  }

  static void unmounted(EventBus events, ContainerId id, Optional<WiringView> view) {
    publish(events, id, view, false);
  }

  private static void publish(EventBus events, ContainerId id, Optional<WiringView> view, boolean mount) {
    view.ifPresent(v -> v.mounts().stream().filter(m -> m.type() == MountType.VOLUME).forEach(m -> {
      Map<String, String> attributes = mount
          ? Map.of("container", id.value(), "destination", m.destination(), "driver", Volumes.LOCAL,
              "propagation", m.propagation(), "read/write", Boolean.toString(m.rw()))
          : Map.of("container", id.value(), "driver", Volumes.LOCAL);
      events.publish(EventType.VOLUME, mount ? "mount" : "unmount", new Actor(m.name(), attributes));
    }));
  }
}
