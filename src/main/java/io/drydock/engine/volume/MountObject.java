package io.drydock.engine.volume;

import java.util.Map;

/**
 * {@code HostConfig.Mounts[]} as the engine receives it from the API translator (all fields as
 * given, null when absent); {@link MountSpecs#fromMount} validates it.
 */
public record MountObject(
    String type,
    String source,
    String target,
    boolean readOnly,
    String bindPropagation,
    boolean volumeNoCopy,
    Map<String, String> volumeLabels,
    String volumeDriver,
    Map<String, String> volumeOptions,
    long tmpfsSizeBytes,
    int tmpfsMode) {}
