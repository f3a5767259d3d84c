package io.drydock.engine.container.wiring;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.engine.network.bridge.NameResolution;
import io.drydock.engine.network.port.PortSpecs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A container's networks-and-volumes settings as resolved at create, persisted as
 * {@code wiring.json} in the container's directory: the mode as the client gave it (shown by
 * inspect), the {@code -v} strings, the port bindings, the ports {@code -P} publishes and the
 * mounts (with those taken from {@code --volumes-from} containers), the {@code ExtraHosts} and
 * resolver settings its /etc files get at each start, and the other containers it names.
 */
public record WiringState(
    @JsonProperty("networkMode") String networkMode,
    @JsonProperty("binds") List<String> binds,
    @JsonProperty("portBindings") Map<String, List<PortSpecs.HostBinding>> portBindings,
    @JsonProperty("publishAll") boolean publishAll,
    @JsonProperty("exposedPorts") Set<String> exposedPorts,
    @JsonProperty("mounts") List<StoredMount> mounts,
    @JsonProperty("names") NameResolution names,
    @JsonProperty("references") ContainerReferences references) {
  public WiringState {
    networkMode = networkMode == null ? "" : networkMode;
    binds = List.copyOf(binds == null ? List.of() : binds);
    portBindings = Map.copyOf(portBindings == null ? Map.of() : portBindings);
    exposedPorts = Set.copyOf(exposedPorts == null ? Set.of() : exposedPorts);
    mounts = List.copyOf(mounts == null ? List.of() : mounts);
    names = names == null ? NameResolution.NONE : names;
    references = references == null ? ContainerReferences.NONE : references;
  }

  /**
   * Whether the container references the named volume (in use for {@code docker volume rm}), as
   * dockerd 20.10 counts references: one of its own; an anonymous one taken from a
   * {@code --volumes-from} container; a named one taken so only once the container has started
   * ({@code started}: dockerd references it at create only when the source's mount has no path yet).
   */
  public boolean usesVolume(String name, boolean started) {
    return mounts.stream().anyMatch(m -> m.type() == io.drydock.engine.volume.MountType.VOLUME && m.source().equals(name)
        && (started || !m.inherited() || m.anonymous()));
  }
}
