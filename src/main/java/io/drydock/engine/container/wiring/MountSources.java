package io.drydock.engine.container.wiring;

import io.drydock.common.DrydockException;
import io.drydock.engine.network.ContainerLookup;
import io.drydock.engine.volume.MountRequest;
import io.drydock.engine.volume.MountType;
import io.drydock.engine.volume.VolumeFilter;
import io.drydock.engine.volume.VolumeRecord;
import io.drydock.engine.volume.Volumes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a new container's mounts come from: the mounts of its {@code --volumes-from} containers,
 * and for each volume mount the named volume (made if new) or a fresh anonymous one. Two steps,
 * because create checks the {@code --volumes-from} sources before anything else and makes
 * volumes only after the links are checked.
 */
final class MountSources {
  private final Volumes volumes;
  private final Function<String, Optional<ContainerLookup.ContainerRef>> containers;
  private final Function<String, Optional<WiringState>> states;

  MountSources(Volumes volumes, Function<String, Optional<ContainerLookup.ContainerRef>> containers, Function<String, Optional<WiringState>> states) {
    this.volumes = volumes;
    this.containers = containers;
    this.states = states;
  }

  /**
   * The mounts of the {@code --volumes-from} containers, in order, as this container gets them;
   * a source that does not exist refuses the create (400, as dockerd) before anything is made.
   */
  List<StoredMount> volumesFrom(List<String> specs) {
    List<StoredMount> out = new ArrayList<>();
    for (String spec : specs) {
      VolumesFrom from = VolumesFrom.parse(spec);
      if (from.container().isEmpty()) {
        throw new DrydockException.InvalidArgument("invalid name or ID supplied: \"\"");
      }
      String source = containers.apply(from.container())
          .orElseThrow(() -> new DrydockException.InvalidArgument("No such container: " + from.container())).id();
      out.addAll(from.inherit(states.apply(source).map(WiringState::mounts).orElse(List.of())));
    }
    return out;
  }

  /** The requested mounts with their volumes made; {@code undo} gets the removal of each volume made here. */
  List<StoredMount> createVolumes(List<MountRequest> requests, List<Runnable> undo) {
    List<StoredMount> out = new ArrayList<>();
    for (MountRequest m : requests) {
      String source = m.source();
      boolean anonymous = false;
      if (m.type() == MountType.VOLUME) {
        boolean existed = !source.isEmpty() && volumes.list(VolumeFilter.none()).stream().anyMatch(v -> v.name().equals(m.source()));
        // none given is null, as dockerd keeps a container's volume without --mount volume-label/volume-opt
        VolumeRecord v = volumes.create(source.isEmpty() ? Optional.empty() : Optional.of(source), Volumes.LOCAL,
            m.volumeLabels().isEmpty() ? null : m.volumeLabels(), m.volumeOptions().isEmpty() ? null : m.volumeOptions());
        source = v.name();
        anonymous = v.anonymous();
        if (!existed) {
          String created = v.name();
          undo.add(() -> volumes.remove(created, true));
        }
      }
      out.add(new StoredMount(m.type(), source, m.target(), m.readOnly(), m.propagation().orElse(""), anonymous, m.noCopy(),
          m.tmpfsSizeBytes(), m.tmpfsMode(), m.mode()));
    }
    return out;
  }
}
