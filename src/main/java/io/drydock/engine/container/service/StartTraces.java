package io.drydock.engine.container.service;

import io.drydock.common.ContainerId;
import io.drydock.engine.spec.LogDriver;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a container's starts have left for inspect to name, as dockerd names it: the directory of
 * its {@code resolv.conf}, {@code hostname} and {@code hosts}, shown once a start has made them,
 * and its json-file log, shown once a start has reached the runtime. A container that has run
 * shows both; one whose start the runtime refused (a missing command) shows both too, as in
 * dockerd, whose logger and network files exist by then; one never started shows neither.
 *
 * @param dir the container's directory, which holds the files
 * @param etcFiles whether inspect names the /etc files
 * @param jsonLog the json-file log inspect names, or empty
 */
public record StartTraces(Path dir, boolean etcFiles, java.util.Optional<Path> jsonLog) {
  static StartTraces of(ContainerFiles files, StoredContainer c) {
    ContainerId id = c.record().id();
    boolean ran = c.record().state().startedAt() != null;
    boolean etc = ran || Files.exists(files.hostname(id));
    Path log = files.log(id);
    boolean logged = c.host().log().kind() == LogDriver.JSON_FILE && (ran || Files.exists(log));
    return new StartTraces(files.dir(id), etc, logged ? java.util.Optional.of(log) : java.util.Optional.empty());
  }
}
