package io.drydock.supervisor.layer;

/** The parts of a tar header that decide where an entry may go: its name, type and link name. */
public record EntryHeader(String name, EntryKind kind, String linkName) {
  public EntryHeader {
    linkName = linkName == null ? "" : linkName;
  }
}
