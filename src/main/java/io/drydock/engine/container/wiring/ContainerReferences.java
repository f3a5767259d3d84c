package io.drydock.engine.container.wiring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a container takes from other containers by name, as the client wrote it and inspect shows
 * it: {@code HostConfig.VolumesFrom} ({@code name[:ro|rw]}, whose mounts are copied once at create)
 * and {@code HostConfig.Links} ({@code name[:alias]}, resolved at each start; dropped on a user
 * network, as dockerd), and the {@code Links} of the user network's endpoint settings
 * ({@code networkLinks}, {@code target:alias} as given, unchecked, as dockerd keeps them).
 */
public record ContainerReferences(@JsonProperty("volumesFrom") List<String> volumesFrom, @JsonProperty("links") List<String> links,
    @JsonProperty("networkLinks") List<String> networkLinks) {
  public static final ContainerReferences NONE = new ContainerReferences(List.of(), List.of());

  public ContainerReferences {
    volumesFrom = List.copyOf(volumesFrom == null ? List.of() : volumesFrom);
    links = List.copyOf(links == null ? List.of() : links);
    networkLinks = List.copyOf(networkLinks == null ? List.of() : networkLinks);
  }

  /** References without endpoint links. */
  public ContainerReferences(List<String> volumesFrom, List<String> links) {
    this(volumesFrom, links, List.of());
  }
}
