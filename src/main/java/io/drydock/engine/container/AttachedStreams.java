package io.drydock.engine.container;

/**
 * Which of the container's streams the creating client said it would attach to
 * ({@code AttachStdin}, {@code AttachStdout}, {@code AttachStderr}). The engine does nothing with
 * them — attaching is the client's own request — but keeps them as sent because dockerd does and
 * inspect shows them: {@code docker run -d} sends all three false, a foreground run stdout and
 * stderr, {@code -i} stdin too.
 */
public record AttachedStreams(boolean stdin, boolean stdout, boolean stderr) {}
