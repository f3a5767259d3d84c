package io.drydock.engine.container.service;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** What {@code docker logs} asks for: streams, time window, tail, follow. */
public record LogsRequest(boolean stdout, boolean stderr, Optional<Instant> since, Optional<Instant> until, OptionalInt tail, boolean follow) {}
