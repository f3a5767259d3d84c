package io.drydock.runtime;

import io.drydock.runtime.spec.Hooks;
import java.util.List;
import java.util.Map;

/**
 * What the runtime keeps about a container in {@code ROOT/ID/state.json}: enough to answer state,
 * kill, exec and delete from another process, and to render a failure that happens after start.
 *
 * @param phase "creating" while the helper runs, then "created"; the live status is derived
 * @param namespaces the namespace types (spec names) the init created or joined, for exec
 * @param steps the description of every plan step, indexed like the helper's failure records
 * @param hooks the config's hooks, for poststart (start) and poststop (delete)
 */
public record SavedState(String ociVersion, String id, String phase, int pid, long pidStartTime, String bundle,
    String rootfs, String created, Map<String, String> annotations, List<String> namespaces, List<String> steps, Hooks hooks) {
  public SavedState {
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  SavedState created(int newPid, long startTime) {
    return new SavedState(ociVersion, id, "created", newPid, startTime, bundle, rootfs, created, annotations,
        namespaces, steps, hooks);
  }
}
