package io.drydock.supervisor.layer;

/**
 * What {@link TarEntryPolicy} decided for one entry. Paths are relative to the layer root, cleaned
 * (no {@code .}, no {@code ..}, no leading or doubled slash); they are still lexical: their parent
 * directories must be resolved with {@link ScopedPaths} before anything is written.
 */
public sealed interface EntryVerdict {
  /** Create {@code path}; for a hardlink, {@code linkTarget} is the cleaned path it links to. */
  record Write(String path, EntryKind kind, String linkTarget) implements EntryVerdict {}

  /** {@code .wh.NAME}: delete {@code path} of the lower layers. */
  record Whiteout(String path) implements EntryVerdict {}

  /** {@code .wh..wh..opq}: hide everything the lower layers have below {@code directory}. */
  record Opaque(String directory) implements EntryVerdict {}

  /** Nothing to do (the root directory itself, aufs bookkeeping entries). */
  record Skip(String reason) implements EntryVerdict {}

  /** The layer is hostile or broken; nothing of it may be written. */
  record Refuse(String reason) implements EntryVerdict {}
}
