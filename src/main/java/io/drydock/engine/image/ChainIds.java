package io.drydock.engine.image;

import io.drydock.common.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * OCI chain IDs of an image's layers: {@code chain(0) = diffID(0)},
 * {@code chain(n) = sha256(chain(n-1) + " " + diffID(n))}. A layer is the same layer wherever its
 * whole stack below is the same: the name snapshots are unpacked under, and the name dockerd's
 * {@code docker rmi} reports a released layer by.
 */
public final class ChainIds {
  private ChainIds() {}

  public static List<Digest> of(List<Digest> diffIds) {
    List<Digest> out = new ArrayList<>();
    Digest previous = null;
    for (Digest d : diffIds) {
      Digest id = previous == null ? d : Digest.sha256Of((previous + " " + d).getBytes(StandardCharsets.UTF_8));
      out.add(id);
      previous = id;
    }
    return List.copyOf(out);
  }
}
