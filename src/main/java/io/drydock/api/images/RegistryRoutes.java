package io.drydock.api.images;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.FiltersParam;
import io.drydock.api.JsonBodies;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.AuthConfig;
import io.drydock.api.dto.DistributionInspect;
import io.drydock.api.dto.ImageSearchResponseItem;
import io.drydock.api.dto.SystemAuthResponse;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.DistributionInfo;
import io.drydock.engine.image.Images;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.image.service.ImageService;
import io.drydock.engine.registry.LoginResult;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.registry.SearchFilter;
import io.drydock.engine.registry.SearchResult;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import java.util.Optional;

/**
 * The operations that ask a registry something without storing an image: {@code GET
 * /images/search} ({@code docker search}), {@code POST /auth} ({@code docker login}) and {@code GET
 * /distribution/{name}/json}. They belong to three swagger groups but share the registry client.
 */
public final class RegistryRoutes implements RouteGroup {
  static final int DEFAULT_SEARCH_LIMIT = 25;

  private final ImageService images;

  public RegistryRoutes(ImageService images) {
    this.images = images;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of("ImageSearch", this::imageSearch, "SystemAuth", this::systemAuth, "DistributionInspect", this::distributionInspect);
  }

  void imageSearch(ApiRequest request, ApiResponse response) {
    String term = request.queryParam("term").orElse("");
    int limit = limit(request.queryParam("limit").filter(s -> !s.isEmpty()));
    SearchFilter filter = SearchFilter.parse(FiltersParam.parse(request.queryParam("filters")));
    Optional<RegistryAuth> auth = RegistryAuth.decodeLenient(request.headers().get("X-Registry-Auth"));
    var results = images.images().registries().search(term, limit, filter, auth);
    response.json(HttpResponseStatus.OK, results.stream().map(RegistryRoutes::searchItem).toList());
  }

  private static int limit(Optional<String> text) {
    try {
      return text.map(Integer::parseInt).orElse(DEFAULT_SEARCH_LIMIT);
    } catch (NumberFormatException e) {
      throw new DrydockException.InvalidArgument("strconv.Atoi: parsing \"" + text.get() + "\": invalid syntax");
    }
  }

  private static ImageSearchResponseItem searchItem(SearchResult r) {
    return new ImageSearchResponseItem(r.description(), r.official(), r.automated(), r.name(), r.starCount());
  }

  void systemAuth(ApiRequest request, ApiResponse response) {
    AuthConfig body = JsonBodies.read(request, AuthConfig.class)
        .orElseThrow(() -> new DrydockException.InvalidArgument("missing auth configuration in the request body"));
    RegistryAuth auth = new RegistryAuth(body.username(), body.password(), body.serverAddress(), body.identityToken());
    LoginResult result = images.images().registries().login(auth);
    response.json(HttpResponseStatus.OK, new SystemAuthResponse(result.status(), result.identityToken()));
  }

  void distributionInspect(ApiRequest request, ApiResponse response) {
    String name = request.pathParam("name");
    ImageRef ref;
    try {
      ref = Images.remoteReference(name, "");
    } catch (DrydockException.InvalidArgument e) {
      throw new DrydockException.InvalidArgument("unknown image reference format: " + name, e);
    }
    Optional<RegistryAuth> auth = RegistryAuth.decodeLenient(request.headers().get("X-Registry-Auth"));
    DistributionInfo info = images.images().distribution(ref, auth);
    response.json(HttpResponseStatus.OK, new DistributionInspect(
        new DistributionInspect.Descriptor(info.descriptor().mediaType(), info.descriptor().digest().toString(), info.descriptor().size()),
        info.platforms().stream().map(p -> new DistributionInspect.Platform(p.architecture(), p.os(), p.variant())).toList()));
  }
}
