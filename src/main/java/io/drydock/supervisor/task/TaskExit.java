package io.drydock.supervisor.task;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * How a task's init ended: Docker's exit code (128 + signal for a death by signal), the signal if
 * any, when, and whether the kernel's OOM killer was involved.
 */
public record TaskExit(int exitCode, OptionalInt signal, Instant exitedAt, boolean oomKilled) {}
