package io.drydock.engine.volume;

import java.util.List;

/**
 * Which containers use a volume; answered by the container service (it knows the mounts of every
 * container, running or not), so that remove refuses a used volume and prune keeps it.
 */
@FunctionalInterface
public interface VolumeUsers {
  VolumeUsers NONE = name -> List.of();

  /** Ids of the containers that reference the volume, empty when none does. */
  List<String> of(String volumeName);
}
