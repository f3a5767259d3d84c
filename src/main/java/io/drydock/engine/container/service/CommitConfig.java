package io.drydock.engine.container.service;

import io.drydock.engine.container.AttachedStreams;
import io.drydock.engine.container.ContainerConfig;
import io.drydock.engine.container.ContainerRecord;
import io.drydock.engine.image.CommittedFrom;
import io.drydock.engine.image.ContainerSettings;
import io.drydock.engine.image.ImageConfig;

/**
 * The config a committed image starts from: the container's run settings (env, cmd, entrypoint,
 * working directory, user, labels) over its image's config, which still gives exposed ports and
 * volumes. A stop signal that is only the engine's default is not written into the image.
 */
final class CommitConfig {
  private CommitConfig() {}

  static ImageConfig of(StoredContainer c, ImageConfig image) {
    ContainerConfig cc = c.record().config();
    String stopSignal = cc.stopSignal() == null || cc.stopSignal().equals(ContainerConfig.DEFAULT_STOP_SIGNAL) && image.stopSignal().isEmpty()
        ? image.stopSignal()
        : cc.stopSignal();
    return new ImageConfig(cc.env(), c.cmd(), c.entrypoint(), cc.workingDir(), cc.user(), cc.labels(), image.exposedPorts(), image.volumes(),
        stopSignal, cc.healthcheck());
  }

  /** The container as the image keeps it ({@code container}, {@code container_config}): its settings before the commit's changes. */
  static CommittedFrom committedFrom(StoredContainer c, ImageConfig config) {
    return new CommittedFrom(c.record().id().value(), settings(c), config);
  }

  /**
   * The container-only fields of its config, which dockerd's commit writes into the image's
   * {@code config} and {@code container_config} alike.
   */
  static ContainerSettings settings(StoredContainer c) {
    ContainerRecord r = c.record();
    ContainerConfig cc = r.config();
    AttachedStreams attach = cc.attach() != null ? cc.attach() : new AttachedStreams(false, !cc.tty(), !cc.tty());
    return new ContainerSettings(r.hostname(), cc.domainname(), attach.stdin(), attach.stdout(), attach.stderr(), cc.tty(), cc.openStdin(), cc.stdinOnce(),
        r.image());
  }
}
