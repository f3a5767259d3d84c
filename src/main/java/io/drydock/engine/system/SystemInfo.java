package io.drydock.engine.system;

/**
 * The engine's answer to "what are you and what do you hold": host facts, configuration, object
 * counts and live figures (event listeners, goroutine-equivalent threads, the time), at one moment.
 */
public record SystemInfo(
    HostFacts host,
    EngineSettings settings,
    ObjectCounts counts,
    int eventListeners,
    int threads,
    int openFiles,
    String backingFilesystem,
    String systemTimeRfc3339) {}
