package io.drydock.engine.volume;

import java.util.List;

/** What a prune removed and the bytes it freed. */
public record PruneReport(List<String> deleted, long spaceReclaimed) {}
