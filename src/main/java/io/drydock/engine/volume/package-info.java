/**
 * Volumes, dockerd's {@code volume} service with the {@code local} driver: named and anonymous
 * volumes under {@code <data-root>/volumes/<name>/_data}, their metadata (one JSON file each),
 * tmpfs and bind-device options mounted while a container uses the volume, and the parsing of
 * {@code HostConfig.Binds} and {@code HostConfig.Mounts} into {@link io.drydock.engine.volume.MountRequest}s
 * for the container service. Whether a volume is in use is the container service's knowledge; it
 * is passed in as a function, so this package imports nothing of {@code engine.container}.
 */
package io.drydock.engine.volume;
