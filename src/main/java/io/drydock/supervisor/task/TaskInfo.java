package io.drydock.supervisor.task;

import java.util.Optional;

/** A task as the supervisor sees it now: status, the init's host pid, and its exit once stopped. */
public record TaskInfo(String id, TaskStatus status, long pid, Optional<TaskExit> exit) {}
