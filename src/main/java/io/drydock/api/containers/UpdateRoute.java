package io.drydock.api.containers;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.JsonBodies;
import io.drydock.api.ParsedBody;
import io.drydock.api.dto.ContainerUpdateRequest;
import io.drydock.api.dto.ContainerUpdateResponse;
import io.drydock.api.dto.ResourceTuningFields;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.ResourceUpdate;
import io.drydock.engine.container.RestartPolicy;
import io.drydock.engine.container.service.ContainerService;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /containers/{id}/update} ({@code docker update}): the body's limits, its finer
 * resource settings ({@link TuningTranslation}) and restart policy → the engine's update, which
 * keeps of them what dockerd's update keeps.
 */
final class UpdateRoute {
  private final ContainerService containers;

  UpdateRoute(ContainerService containers) {
    this.containers = containers;
  }

  void containerUpdate(ApiRequest request, ApiResponse response) {
    ParsedBody parsed = JsonBodies.parse(request).orElseThrow(() -> new DrydockException.InvalidArgument("update body is empty"));
    ContainerUpdateRequest b = parsed.as(ContainerUpdateRequest.class);
    ResourceTuningFields tuning = parsed.as(ResourceTuningFields.class);
    // dockerd keeps an update's unlimited pids as 0 (inspect then shows 0, not a create's null): -1 here
    ResourceUpdate resources = new ResourceUpdate(ResourceTranslation.of(b, 0, false).withTuning(TuningTranslation.ofUpdate(tuning)),
        b.pidsLimit() == null ? null : b.pidsLimit() <= 0 ? -1L : b.pidsLimit());
    Optional<RestartPolicy.Asked> policy = b.restartPolicy() == null || b.restartPolicy().name() == null || b.restartPolicy().name().isEmpty()
        ? Optional.empty()
        : Optional.of(new RestartPolicy.Asked(b.restartPolicy().name(),
            b.restartPolicy().maximumRetryCount() == null ? 0 : b.restartPolicy().maximumRetryCount()));
    List<String> warnings = containers.update(request.pathParam("id"), resources, policy);
    // dockerd 20.10 answers a nil slice, null, when there is nothing to warn about
    response.json(HttpResponseStatus.OK, new ContainerUpdateResponse(warnings.isEmpty() ? null : warnings));
  }
}
