package io.drydock.supervisor.layer;

/** The tar entry types a layer may contain; {@link #OTHER} (sparse, contiguous, unknown) is refused. */
public enum EntryKind {
  FILE,
  DIRECTORY,
  SYMLINK,
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO,
  OTHER;

  boolean isDevice() {
    return this == CHAR_DEVICE || this == BLOCK_DEVICE;
  }
}
