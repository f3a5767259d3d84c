package io.drydock.runtime;

import java.util.Map;

/** The strerror text of the errnos a launch step can report, so messages read like runc's. */
final class ErrnoNames {
  private static final Map<Integer, String> TEXT = Map.ofEntries(
      Map.entry(1, "Operation not permitted"), Map.entry(2, "No such file or directory"),
      Map.entry(3, "No such process"), Map.entry(4, "Interrupted system call"), Map.entry(5, "Input/output error"),
      Map.entry(7, "Argument list too long"), Map.entry(8, "Exec format error"), Map.entry(9, "Bad file descriptor"),
      Map.entry(11, "Resource temporarily unavailable"), Map.entry(12, "Cannot allocate memory"),
      Map.entry(13, "Permission denied"), Map.entry(14, "Bad address"), Map.entry(16, "Device or resource busy"),
      Map.entry(17, "File exists"), Map.entry(18, "Invalid cross-device link"), Map.entry(19, "No such device"),
      Map.entry(20, "Not a directory"), Map.entry(21, "Is a directory"), Map.entry(22, "Invalid argument"),
      Map.entry(24, "Too many open files"), Map.entry(26, "Text file busy"), Map.entry(28, "No space left on device"),
      Map.entry(30, "Read-only file system"), Map.entry(36, "File name too long"),
      Map.entry(38, "Function not implemented"), Map.entry(40, "Too many levels of symbolic links"),
      Map.entry(71, "Protocol error"), Map.entry(74, "Bad message"), Map.entry(95, "Operation not supported"));

  private ErrnoNames() {}

  static String text(int errno) {
    return TEXT.getOrDefault(errno, "errno " + errno);
  }
}
