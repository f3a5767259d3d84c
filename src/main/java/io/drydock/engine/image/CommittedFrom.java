package io.drydock.engine.image;

/**
 * The container an image was committed from, as Docker's image config keeps it ({@code container}
 * and {@code container_config}) and image inspect shows it ({@code Container},
 * {@code ContainerConfig}): its id and its settings at the commit, before the commit's changes.
 * An imported image has {@link #NONE}, which dockerd shows as an all-empty config.
 */
public record CommittedFrom(String containerId, ContainerSettings settings, ImageConfig config) {
  public static final CommittedFrom NONE = new CommittedFrom("", ContainerSettings.NONE, ImageConfig.EMPTY);

  public CommittedFrom {
    containerId = containerId == null ? "" : containerId;
    settings = settings == null ? ContainerSettings.NONE : settings;
    config = config == null ? ImageConfig.EMPTY : config;
  }
}
