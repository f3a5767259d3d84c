package io.drydock.engine.build;

/**
 * Where a build reports, in order: text lines as the classic builder prints them
 * ({@code Step 1/3 : FROM x}, a RUN's output) and, at the end, the built image's ID (the
 * {@code aux} message). The API adapts it to the JSON message stream.
 */
public interface BuildOutput {
  void stream(String text);

  void imageId(String id);
}
