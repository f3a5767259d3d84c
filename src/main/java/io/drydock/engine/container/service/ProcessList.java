package io.drydock.engine.container.service;

import java.util.List;

/**
 * {@code docker top}: the host's {@code ps} titles and the rows of the container's processes, each
 * row as many fields as there are titles (the last field keeps its spaces: the command line).
 */
public record ProcessList(List<String> titles, List<List<String>> processes) {
  public ProcessList {
    titles = List.copyOf(titles);
    processes = List.copyOf(processes);
  }
}
