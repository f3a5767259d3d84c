package io.drydock.cli;

import io.drydock.api.server.ListenAddress;
import io.drydock.api.server.TlsFiles;
import io.drydock.engine.spec.LogSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The daemon's validated settings, from the command line. */
record DaemonOptions(
    List<ListenAddress> hosts,
    Path dataRoot,
    Path execRoot,
    Path pidfile,
    String logLevel,
    Optional<String> socketGroup,
    Optional<TlsFiles> tls,
    int maxBodyBytes,
    String defaultRuntime,
    NetworkOptions network,
    String cgroupParent,
    LogSettings logDefault) {
  DaemonOptions(List<ListenAddress> hosts, Path dataRoot, Path execRoot, Path pidfile, String logLevel, Optional<String> socketGroup,
      Optional<TlsFiles> tls, int maxBodyBytes, String defaultRuntime) {
    this(hosts, dataRoot, execRoot, pidfile, logLevel, socketGroup, tls, maxBodyBytes, defaultRuntime, NetworkOptions.DEFAULT,
        io.drydock.engine.spec.SpecInput.DEFAULT_CGROUP_PARENT, LogSettings.DEFAULT);
  }
}
