package io.drydock.supervisor.snapshot;

import java.time.Instant;
import java.util.Optional;

/** What is known about one snapshot: its key (the name, once committed), parent, kind and birth. */
public record SnapshotInfo(String key, Optional<String> parent, SnapshotKind kind, Instant created) {}
