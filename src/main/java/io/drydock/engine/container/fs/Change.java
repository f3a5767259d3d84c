package io.drydock.engine.container.fs;

/** One changed path of a container's writable layer, absolute inside the container ({@code /etc/x}). */
public record Change(String path, ChangeKind kind) {}
