package io.drydock.engine.container.service;

import java.util.List;

/** What {@code POST /commit} asks besides the container: message, author, pause, and Dockerfile changes. */
public record CommitRequest(String comment, String author, boolean pause, List<String> changes) {
  public CommitRequest {
    comment = comment == null ? "" : comment;
    author = author == null ? "" : author;
    changes = List.copyOf(changes);
  }
}
