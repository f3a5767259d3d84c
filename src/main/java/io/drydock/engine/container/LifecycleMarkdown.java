package io.drydock.engine.container;

import io.drydock.common.ErrorKind;

/**
 * Renders {@link ContainerLifecycle} as the Markdown table of {@code spec/engine-model.md}, so the
 * spec is produced from the code and a test fails when the two differ.
 */
public final class LifecycleMarkdown {
  private LifecycleMarkdown() {}

  /** One row per state, one column per action; a cell is the next state or the refusal. */
  public static String table() {
    StringBuilder sb = new StringBuilder("| state \\ action |");
    StringBuilder rule = new StringBuilder("|---|");
    for (ContainerAction a : ContainerAction.values()) {
      sb.append(' ').append(a.label()).append(" |");
      rule.append("---|");
    }
    sb.append('\n').append(rule).append('\n');
    for (ContainerStatus s : ContainerStatus.values()) {
      sb.append("| **").append(s.dockerName()).append("** |");
      for (ContainerAction a : ContainerAction.values()) {
        sb.append(' ').append(cell(ContainerLifecycle.transition(s, a))).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String cell(Transition t) {
    if (t instanceof Transition.Moves m) {
      return "→ " + m.to().dockerName();
    }
    if (t instanceof Transition.Gone) {
      return "→ (gone)";
    }
    Transition.Refused r = (Transition.Refused) t;
    String status = r.kind() == ErrorKind.NOT_MODIFIED ? "304" : "409";
    return status + " `" + r.template().replace("%s", "<id>").replace("|", "\\|") + "`";
  }
}
