package io.drydock.engine.container.service;

import java.time.Instant;

/** One entry of a container's log: its stream, when it was written, and the text (with its newline). */
public record LogLine(StdStream stream, Instant time, String text) {}
