package io.drydock.api.images;

import com.fasterxml.jackson.core.type.TypeReference;
import io.drydock.api.ApiJson;
import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.ProgressOutput;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.BuildInfo;
import io.drydock.common.DaemonThreads;
import io.drydock.common.DrydockException;
import io.drydock.engine.build.BuildCancellation;
import io.drydock.engine.build.BuildOutput;
import io.drydock.engine.build.BuildRequest;
import io.drydock.engine.build.ClassicBuilder;
import io.drydock.engine.build.StepFailed;
import io.drydock.engine.image.reference.ImageRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code POST /build} (operationId ImageBuild) with the classic builder: the query becomes a
 * {@link BuildRequest}, the body (the context tar) is streamed to the builder, and its output is
 * the JSON message stream — a failure before the first message is an ordinary error status (as
 * dockerd answers a Dockerfile parse error: 400), after it an in-band {@code errorDetail}.
 * A client that goes away (ctrl-c) cancels the build ({@link BuildCancellation}); the watch's
 * action runs on the network thread, so the cancel, which kills a container, gets a thread.
 */
public final class BuildRoutes implements RouteGroup {
  private final ClassicBuilder builder;

  public BuildRoutes(ClassicBuilder builder) {
    this.builder = builder;
  }

  @Override
  public Set<String> streamedBodies() {
    return Set.of("ImageBuild");
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of("ImageBuild", this::imageBuild);
  }

  void imageBuild(ApiRequest request, ApiResponse response) {
    if (request.queryParam("remote").filter(s -> !s.isEmpty()).isPresent()) {
      throw new DrydockException.NotImplemented("building from a remote context (remote=) is not supported by drydock; send the context as the body");
    }
    BuildRequest build = buildRequest(request);
    try (ProgressOutput out = new ProgressOutput(response, message -> BuildInfo.error(null, message))) {
      out.run(() -> build(request, build, out, response));
    }
  }

  private void build(ApiRequest request, BuildRequest build, ProgressOutput out, ApiResponse response) {
    BuildCancellation cancellation = new BuildCancellation();
    AtomicBoolean watching = new AtomicBoolean();
    BuildOutput sink = new BuildOutput() {
      @Override
      public void stream(String text) {
        if (watching.compareAndSet(false, true)) { // the first step: the context (the body) has been read
          response.onClientGone(() -> DaemonThreads.named("build-cancel").newThread(cancellation::cancel).start());
        }
        out.send(BuildInfo.stream(text));
      }

      @Override
      public void imageId(String id) {
        out.send(BuildInfo.imageId(id));
      }
    };
    try {
      builder.build(request.bodyStream(), build, sink, cancellation);
    } catch (StepFailed e) {
      out.send(BuildInfo.error(e.code(), e.getMessage()));
    }
  }

  static BuildRequest buildRequest(ApiRequest request) {
    List<ImageRef> tags = new ArrayList<>();
    for (String t : request.query().getOrDefault("t", List.of())) {
      if (!t.isEmpty()) {
        tags.add(ImageRef.parse(t));
      }
    }
    boolean remove = request.queryParam("rm").map(v -> !v.equals("0") && !v.equalsIgnoreCase("false")).orElse(true);
    return new BuildRequest(tags, request.queryParam("dockerfile").orElse(""), jsonMap(request, "buildargs"), nonNull(jsonMap(request, "labels")),
        request.boolParam("q"), remove, request.boolParam("forcerm"), request.boolParam("nocache"), request.queryParam("networkmode").orElse(""));
  }

  private static Map<String, String> jsonMap(ApiRequest request, String name) {
    String text = request.queryParam(name).orElse("");
    if (text.isEmpty()) {
      return Map.of();
    }
    try {
      Map<String, String> m = ApiJson.MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {});
      return m == null ? Map.of() : m;
    } catch (IOException e) {
      throw new DrydockException.InvalidArgument("invalid " + name + " parameter: " + e.getMessage());
    }
  }

  private static Map<String, String> nonNull(Map<String, String> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v == null ? "" : v));
    return out;
  }
}
