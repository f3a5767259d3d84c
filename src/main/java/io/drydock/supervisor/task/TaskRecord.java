package io.drydock.supervisor.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the supervisor must remember about a task across its own restarts, in
 * {@code <root>/tasks/<id>/task.json} (written atomically): the create request, the cgroup path
 * read from config.json, the init's pid once started, and an exit code observed by the JVM when
 * the shim cannot record it.
 */
record TaskRecord(String id, String bundle, boolean tty, boolean openStdin, boolean stdinOnce, String logPath,
    String cgroupsPath, boolean started, long pid, Integer observedExitCode) {
  static final String FILE = "task.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  TaskRecord created(long initPid) {
    return new TaskRecord(id, bundle, tty, openStdin, stdinOnce, logPath, cgroupsPath, false, initPid, observedExitCode);
  }

  TaskRecord started(long initPid) {
    return new TaskRecord(id, bundle, tty, openStdin, stdinOnce, logPath, cgroupsPath, true, initPid, observedExitCode);
  }

  TaskRecord withObservedExit(int code) {
    return new TaskRecord(id, bundle, tty, openStdin, stdinOnce, logPath, cgroupsPath, started, pid, code);
  }

  Optional<String> cgroup() {
    return Optional.ofNullable(cgroupsPath).filter(p -> !p.isEmpty());
  }

  void save(Path dir) {
    try {
      AtomicFiles.replace(dir.resolve(FILE), JSON.writeValueAsBytes(this));
    } catch (IOException e) {
      throw new DrydockException.SystemError("write task record of " + id + ": " + e.getMessage(), e);
    }
  }

  static Optional<TaskRecord> load(Path dir) {
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(dir.resolve(FILE)), TaskRecord.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new DrydockException.SystemError("read task record " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }
}
