package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import java.util.List;

/** Picks the manifest for a platform out of a manifest list or OCI index (pure). */
public final class PlatformChoice {
  private PlatformChoice() {}

  /**
   * The first entry whose platform the wanted one accepts, preferring an exact variant match;
   * NotFound with dockerd's wording when none fits.
   */
  public static Descriptor choose(List<Descriptor> entries, Platform wanted) {
    Descriptor loose = null;
    for (Descriptor d : entries) {
      if (d.platform().isEmpty() || !MediaTypes.isManifest(d.mediaType()) && !d.mediaType().isEmpty()) {
        continue;
      }
      Platform p = d.platform().get();
      if (wanted.accepts(p)) {
        if (p.variant().equals(wanted.variant())) {
          return d;
        }
        if (loose == null) {
          loose = d;
        }
      }
    }
    if (loose != null) {
      return loose;
    }
    throw new DrydockException.NotFound("no matching manifest for " + wanted + " in the manifest list entries");
  }
}
