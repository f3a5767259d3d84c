package io.drydock.engine.volume;

import io.drydock.common.DrydockException;
import java.util.Locale;

/** What a container mount is backed by. */
public enum MountType {
  BIND,
  VOLUME,
  TMPFS;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MountType parse(String text) {
    for (MountType t : values()) {
      if (t.wireName().equals(text)) {
        return t;
      }
    }
    throw new DrydockException.InvalidArgument("mount type unknown: \"" + text + "\"");
  }
}
