package io.drydock.engine.system;

/** How many containers (by state) and images the engine holds right now. */
public record ObjectCounts(int containers, int running, int paused, int stopped, int images) {}
