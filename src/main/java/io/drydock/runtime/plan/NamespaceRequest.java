package io.drydock.runtime.plan;

import io.drydock.runtime.spec.NamespaceType;
import java.util.Optional;

/** A namespace the container gets: a new one, or the existing one at {@code joinPath}. */
public record NamespaceRequest(NamespaceType type, Optional<String> joinPath) {
  /** The CLONE_NEW* flag of this namespace type. */
  public long cloneFlag() {
    return switch (type) {
      case PID -> LinuxAbi.CLONE_NEWPID;
      case NETWORK -> LinuxAbi.CLONE_NEWNET;
      case MOUNT -> LinuxAbi.CLONE_NEWNS;
      case IPC -> LinuxAbi.CLONE_NEWIPC;
      case UTS -> LinuxAbi.CLONE_NEWUTS;
      case USER -> LinuxAbi.CLONE_NEWUSER;
      case CGROUP -> LinuxAbi.CLONE_NEWCGROUP;
      case TIME -> LinuxAbi.CLONE_NEWTIME;
    };
  }
}
