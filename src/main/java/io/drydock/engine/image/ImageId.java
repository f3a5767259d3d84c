package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;

/**
 * An image's identity: the digest of its config blob, as in dockerd and containerd. Two stores
 * holding the same config therefore agree on the id, which is what makes save/load and pull/push
 * round trips checkable.
 */
public record ImageId(Digest digest) implements Comparable<ImageId> {
  private static final int SHORT_LENGTH = 12;

  /** Parses {@code sha256:<hex>} or a bare 64-hex id. */
  public static ImageId parse(String text) {
    if (text != null && text.matches("[0-9a-f]{64}")) {
      return new ImageId(new Digest(Digest.SHA256, text));
    }
    try {
      return new ImageId(Digest.parse(text));
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("invalid image id \"" + text + "\": " + e.getMessage());
    }
  }

  /** The 12-hex form {@code docker images} shows (dockerd's {@code stringid.TruncateID}). */
  public String shortId() {
    return digest.hex().substring(0, SHORT_LENGTH);
  }

  @Override
  public int compareTo(ImageId other) {
    return digest.compareTo(other.digest);
  }

  @Override
  public String toString() {
    return digest.toString();
  }
}
