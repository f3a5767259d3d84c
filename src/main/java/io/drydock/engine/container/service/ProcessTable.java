package io.drydock.engine.container.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the processes of a container from the host's /proc (the pids come from the container's
 * cgroup): owner uid, parent and command line. A process that exits while being read is skipped.
 */
final class ProcessTable {
  private ProcessTable() {}

  static List<ProcessRow> read(List<Long> pids) {
    List<ProcessRow> rows = new ArrayList<>();
    for (long pid : pids) {
      Path dir = Path.of("/proc", Long.toString(pid));
      try {
        String status = Files.readString(dir.resolve("status"), StandardCharsets.UTF_8);
        String uid = field(status, "Uid:").split("\\s+")[0];
        long ppid = Long.parseLong(field(status, "PPid:"));
        byte[] cmd = Files.readAllBytes(dir.resolve("cmdline"));
        String command = new String(cmd, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        if (command.isEmpty()) {
          command = "[" + field(status, "Name:") + "]";
        }
        rows.add(new ProcessRow(uid, pid, ppid, command));
      } catch (IOException | RuntimeException e) {
        // gone meanwhile
      }
    }
    return rows;
  }

  private static String field(String status, String key) {
    for (String line : status.split("\n")) {
      if (line.startsWith(key)) {
        return line.substring(key.length()).trim();
      }
    }
    throw new IllegalStateException("no " + key);
  }
}
