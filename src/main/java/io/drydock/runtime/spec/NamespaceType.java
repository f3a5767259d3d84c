package io.drydock.runtime.spec;

import io.drydock.common.DrydockException;
import java.util.Arrays;

/** The namespace types of linux.namespaces, with their /proc/PID/ns file name. */
public enum NamespaceType {
  PID("pid", "pid"),
  NETWORK("network", "net"),
  MOUNT("mount", "mnt"),
  IPC("ipc", "ipc"),
  UTS("uts", "uts"),
  USER("user", "user"),
  CGROUP("cgroup", "cgroup"),
  TIME("time", "time");

  private final String specName;
  private final String procName;

  NamespaceType(String specName, String procName) {
    this.specName = specName;
    this.procName = procName;
  }

  /** The name used in config.json. */
  public String specName() {
    return specName;
  }

  /** The file name under /proc/PID/ns. */
  public String procName() {
    return procName;
  }

  /** Parses a config.json namespace type; {@code field} names it in the error. */
  public static NamespaceType parse(String name, String field) {
    return Arrays.stream(values())
        .filter(t -> t.specName.equals(name))
        .findFirst()
        .orElseThrow(() -> new DrydockException.InvalidArgument(
            "config.json: " + field + ": unknown namespace type \"" + name + "\""));
  }
}
