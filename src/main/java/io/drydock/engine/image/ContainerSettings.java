package io.drydock.engine.image;

/**
 * The container-only fields of a Docker config object ({@code Hostname}, {@code Domainname}, the
 * attached streams, {@code Tty}, {@code OpenStdin}, {@code StdinOnce}, {@code Image}): an image's
 * run defaults never set them, but dockerd writes a committed container's into both the image's
 * {@code config} and its {@code container_config}, and inspect shows them. {@link #NONE}: all empty.
 *
 * @param image the image as the container's create named it
 */
public record ContainerSettings(
    String hostname,
    String domainname,
    boolean attachStdin,
    boolean attachStdout,
    boolean attachStderr,
    boolean tty,
    boolean openStdin,
    boolean stdinOnce,
    String image) {
  public static final ContainerSettings NONE = new ContainerSettings("", "", false, false, false, false, false, false, "");

  public ContainerSettings {
    hostname = hostname == null ? "" : hostname;
    domainname = domainname == null ? "" : domainname;
    image = image == null ? "" : image;
  }
}
