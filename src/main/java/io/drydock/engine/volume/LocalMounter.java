package io.drydock.engine.volume;

import io.drydock.os.MountCalls;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** Mounts the {@code local} driver's tmpfs and bind volumes on their {@code _data} directory. */
final class LocalMounter {
  void mount(LocalOptions options, Path data) {
    if (options.isTmpfs()) {
      MountCalls.mount("tmpfs", data, "tmpfs", EnumSet.noneOf(MountCalls.Flag.class), options.tmpfsData().isEmpty() ? null : options.tmpfsData());
    } else if (options.isBind()) {
      MountCalls.mount(options.device().orElseThrow(), data, null, Set.of(MountCalls.Flag.BIND), null);
    }
  }

  void unmount(LocalOptions options, Path data) {
    if (options.needsMount()) {
      MountCalls.unmountDetached(data);
    }
  }
}
