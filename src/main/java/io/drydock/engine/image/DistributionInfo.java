package io.drydock.engine.image;

import java.util.List;

/**
 * What a registry says about a reference without pulling it ({@code GET /distribution/{name}/json}):
 * the descriptor of what the name points at (a manifest or a manifest list) and the platforms it
 * offers — every entry's of a list, or the config's of a single manifest.
 */
public record DistributionInfo(Descriptor descriptor, List<Platform> platforms) {
  public DistributionInfo {
    platforms = List.copyOf(platforms);
  }
}
