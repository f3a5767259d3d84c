package io.drydock.engine.container;

import io.drydock.common.ContainerId;
import io.drydock.engine.image.reference.DigestText;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything the engine remembers about one container; one JSON file per record in the store.
 * Changes return a new record, so a half-applied update cannot be observed or persisted.
 *
 * @param name the name with dockerd's leading slash, e.g. {@code /focused_turing}
 * @param image the image as the client named it (shown by {@code docker ps}), e.g. {@code busybox}
 * @param imageId the resolved image id, {@code algorithm:hex} (a digest string; kept as a string
 *     here until {@code io.drydock.common.Digest} exists)
 * @param autoRemove remove the container when its task exits ({@code --rm})
 */
public record ContainerRecord(
    ContainerId id,
    String name,
    Instant created,
    String image,
    String imageId,
    ContainerConfig config,
    ContainerResources resources,
    RestartPolicy restartPolicy,
    boolean autoRemove,
    ContainerState state) {

  public ContainerRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(config, "config");
    resources = resources == null ? ContainerResources.NONE : resources;
    restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
    state = state == null ? ContainerState.created() : state;
    if (!name.startsWith("/")) {
      throw new IllegalArgumentException("a stored container name starts with '/': " + name);
    }
    if (imageId == null || !DigestText.isValid(imageId)) {
      throw new IllegalArgumentException("image id is algorithm:hex, got " + imageId);
    }
    if (autoRemove && !restartPolicy.isNone()) {
      throw new io.drydock.common.DrydockException.InvalidArgument(
          "can't create 'AutoRemove' container with restart policy");
    }
  }

  public ContainerRecord withState(ContainerState newState) {
    return new ContainerRecord(
        id, name, created, image, imageId, config, resources, restartPolicy, autoRemove, newState);
  }

  public ContainerRecord withName(String newName) {
    return new ContainerRecord(
        id, newName, created, image, imageId, config, resources, restartPolicy, autoRemove, state);
  }

  /** After {@code docker update}: new limits and restart policy, everything else kept. */
  public ContainerRecord withUpdate(ContainerResources newResources, RestartPolicy newPolicy) {
    return new ContainerRecord(
        id, name, created, image, imageId, config, newResources, newPolicy, autoRemove, state);
  }

  /** The status, for filters and the table. */
  /** The hostname the container runs with: {@code Config.Hostname}, else its short id, as dockerd sets it. */
  public String hostname() {
    return config.hostname().isEmpty() ? id.shortId() : config.hostname();
  }

  public ContainerStatus status() {
    return state.status();
  }
}
