package io.drydock.engine.image;

/**
 * The container an image was committed from, as Docker's image config keeps it ({@code container}
 * and {@code container_config}) and image inspect shows it ({@code Container},
 * {@code ContainerConfig}): its id and its settings at the commit, before the commit's changes.
 * An imported image has {@link #NONE}, which dockerd shows as an all-empty config.
 *
 * @param image the image as the container's create named it
 */
public record CommittedFrom(
    String containerId,
    String hostname,
    String domainname,
    boolean attachStdin,
    boolean attachStdout,
    boolean attachStderr,
    boolean tty,
    boolean openStdin,
    boolean stdinOnce,
    String image,
    ImageConfig config) {
  public static final CommittedFrom NONE = new CommittedFrom("", "", "", false, false, false, false, false, false, "", ImageConfig.EMPTY);

  public CommittedFrom {
    containerId = containerId == null ? "" : containerId;
    hostname = hostname == null ? "" : hostname;
    domainname = domainname == null ? "" : domainname;
    image = image == null ? "" : image;
    config = config == null ? ImageConfig.EMPTY : config;
  }
}
