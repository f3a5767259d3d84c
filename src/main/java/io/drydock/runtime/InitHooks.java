package io.drydock.runtime;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.drydock.common.DrydockException;
import io.drydock.runtime.plan.LaunchHooks;
import io.drydock.runtime.plan.Step;
import io.drydock.runtime.spec.Hook;
import io.drydock.runtime.spec.Hooks;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.State;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the hook points of an init's launch from {@code hooks}: the runtime stops the init after
 * its mounts while it runs prestart and createRuntime itself, and the init runs createContainer
 * (before pivot_root) and startContainer (just before exec) in its own namespaces. The state those
 * get carries the pid the init has in its pid namespace, as runc gives it, so the JSON is split
 * where the helper puts its {@code getpid()}.
 */
final class InitHooks {
  private static final String PID_FIELD = "\"pid\":0";

  private InitHooks() {}

  static LaunchHooks plan(Hooks hooks, State state) {
    if (hooks == null) {
      return LaunchHooks.NONE;
    }
    boolean sync = !orEmpty(hooks.prestart()).isEmpty() || !orEmpty(hooks.createRuntime()).isEmpty();
    return new LaunchHooks(sync, runHooks("createContainer", hooks.createContainer(), withStatus(state, "creating")),
        runHooks("startContainer", hooks.startContainer(), withStatus(state, "created")));
  }

  private static State withStatus(State s, String status) {
    return new State(s.ociVersion(), s.id(), status, 0, s.bundle(), s.annotations());
  }

  private static List<Step.RunHook> runHooks(String phase, List<Hook> hooks, State state) {
    List<Step.RunHook> out = new ArrayList<>();
    String json = json(state);
    int at = json.indexOf(PID_FIELD);
    if (at < 0) {
      throw new IllegalStateException("state JSON without a pid: " + json);
    }
    String before = json.substring(0, at + PID_FIELD.length() - 1);
    String after = json.substring(at + PID_FIELD.length());
    List<Hook> list = orEmpty(hooks);
    for (int i = 0; i < list.size(); i++) {
      Hook h = list.get(i);
      out.add(new Step.RunHook(phase + " hook " + i + " (" + h.path() + ")", h.path(),
          h.timeout() == null ? HookRunner.DEFAULT_TIMEOUT_S : h.timeout(), before, after,
          orEmpty(h.args()), orEmpty(h.env())));
    }
    return out;
  }

  private static String json(State state) {
    try {
      return SpecCodec.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(state);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DrydockException.SystemError("encode the state for a hook: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
