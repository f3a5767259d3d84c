package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;
import io.drydock.engine.system.HostProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host's memory ({@code MemTotal}), read once: the limit {@code docker stats} shows for an unlimited container. */
final class HostMemory {
  private static volatile long total = -1;

  private HostMemory() {}

  static long total() {
    long t = total;
    if (t < 0) {
      try {
        t = HostProbe.parseMemTotal(Files.readString(Path.of("/proc/meminfo")));
      } catch (IOException e) {
        throw new DrydockException.SystemError("read /proc/meminfo: " + e.getMessage(), e);
      }
      total = t;
    }
    return t;
  }
}
