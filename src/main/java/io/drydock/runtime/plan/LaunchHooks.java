package io.drydock.runtime.plan;

import java.util.List;

/**
 * The hook points inside a launch: where the init waits while the runtime runs the prestart and
 * createRuntime hooks ({@code sync}), and the hooks the init runs itself in the container's
 * namespaces — createContainer after the mounts (before pivot_root), startContainer after start,
 * just before exec.
 */
public record LaunchHooks(boolean sync, List<Step.RunHook> createContainer, List<Step.RunHook> startContainer) {
  public static final LaunchHooks NONE = new LaunchHooks(false, List.of(), List.of());

  public LaunchHooks {
    createContainer = List.copyOf(createContainer);
    startContainer = List.copyOf(startContainer);
  }
}
