package io.drydock.engine.container.service;

import io.drydock.common.DrydockException;

/** The {@code condition} of {@code POST /containers/{id}/wait}. */
public enum WaitCondition {
  NOT_RUNNING("not-running"),
  NEXT_EXIT("next-exit"),
  REMOVED("removed");

  private final String apiName;

  WaitCondition(String apiName) {
    this.apiName = apiName;
  }

  public static WaitCondition parse(String text) {
    if (text == null || text.isEmpty()) {
      return NOT_RUNNING;
    }
    for (WaitCondition c : values()) {
      if (c.apiName.equals(text)) {
        return c;
      }
    }
    throw new DrydockException.InvalidArgument("invalid condition: \"" + text + "\"");
  }
}
