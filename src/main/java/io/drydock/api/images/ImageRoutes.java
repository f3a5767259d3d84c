package io.drydock.api.images;

import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.FiltersParam;
import io.drydock.api.ProgressOutput;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.BuildPruneResponse;
import io.drydock.api.dto.CreateImageInfo;
import io.drydock.api.dto.ImagePruneResponse;
import io.drydock.api.dto.ImageSummary;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.BuildCachePrune;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.Images;
import io.drydock.engine.image.LoadedImage;
import io.drydock.engine.image.Platform;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.image.service.ImageService;
import io.drydock.engine.registry.RegistryAuth;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The Image group: handlers named after the swagger's operationIds. */
public final class ImageRoutes implements RouteGroup {
  static final String TAR = "application/x-tar";

  private final ImageService images;
  private final String storageDriver;
  private final Function<ImageRecord, Map<String, String>> storageDirs;

  /** @param storageDirs where an image's layers are on the host ({@code GraphDriver.Data}) */
  public ImageRoutes(ImageService images, String storageDriver, Function<ImageRecord, Map<String, String>> storageDirs) {
    this.images = images;
    this.storageDriver = storageDriver;
    this.storageDirs = storageDirs;
  }

  /** Import ({@code fromSrc=-}) and load take tar bodies of any size. */
  @Override
  public Set<String> streamedBodies() {
    return Set.of("ImageCreate", "ImageLoad");
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.ofEntries(
        Map.entry("ImageList", this::imageList),
        Map.entry("ImageInspect", this::imageInspect),
        Map.entry("ImageHistory", this::imageHistory),
        Map.entry("ImageTag", this::imageTag),
        Map.entry("ImageDelete", this::imageDelete),
        Map.entry("ImagePrune", this::imagePrune),
        Map.entry("ImageCreate", this::imageCreate),
        Map.entry("ImagePush", this::imagePush),
        Map.entry("ImageGet", this::imageGet),
        Map.entry("ImageGetAll", this::imageGetAll),
        Map.entry("ImageLoad", this::imageLoad),
        Map.entry("BuildPrune", this::buildPrune));
  }

  /** The rows of {@code GET /images/json} (top-level images), for {@code /system/df}. */
  public List<ImageSummary> summaries() {
    return images == null ? List.of() : images.list(false, Map.of()).stream().map(ImageTranslator::summary).toList();
  }

  void imageList(ApiRequest request, ApiResponse response) {
    var list = images.list(request.boolParam("all"), FiltersParam.parse(request.queryParam("filters")));
    response.json(HttpResponseStatus.OK, list.stream().map(ImageTranslator::summary).toList());
  }

  /** dockerd's inspect route names the reference as given before the store's words: {@code no such image: x: No such image: x:latest}. */
  void imageInspect(ApiRequest request, ApiResponse response) {
    String name = request.pathParam("name");
    try {
      ImageRecord r = images.inspect(name);
      response.json(HttpResponseStatus.OK, ImageTranslator.inspect(r, storageDriver, storageDirs.apply(r)));
    } catch (DrydockException.NotFound e) {
      throw new DrydockException.NotFound("no such image: " + name + ": " + e.getMessage());
    }
  }

  void imageHistory(ApiRequest request, ApiResponse response) {
    response.json(HttpResponseStatus.OK, images.history(request.pathParam("name")).stream().map(ImageTranslator::history).toList());
  }

  void imageTag(ApiRequest request, ApiResponse response) {
    images.tag(request.pathParam("name"), request.queryParam("repo").orElse(""), request.queryParam("tag").orElse(""));
    response.empty(HttpResponseStatus.CREATED);
  }

  void imageDelete(ApiRequest request, ApiResponse response) {
    var items = images.remove(request.pathParam("name"), request.boolParam("force"), !request.boolParam("noprune"));
    response.json(HttpResponseStatus.OK, items.stream().map(ImageTranslator::deleted).toList());
  }

  void imagePrune(ApiRequest request, ApiResponse response) {
    Map<String, List<String>> filters = new java.util.LinkedHashMap<>(FiltersParam.parse(request.queryParam("filters")));
    List<String> dangling = filters.remove("dangling");
    boolean all = dangling != null && dangling.stream().anyMatch(v -> v.equalsIgnoreCase("false") || v.equals("0"));
    Images.PruneReport report = images.prune(all, filters);
    response.json(HttpResponseStatus.OK, new ImagePruneResponse(report.deleted().stream().map(ImageTranslator::deleted).toList(), report.spaceReclaimed()));
  }

  /**
   * The build cache's prune. {@code keep-storage} is read as dockerd reads it (an integer, else its
   * 500); {@code all} changes nothing while there is no cache to choose from.
   */
  void buildPrune(ApiRequest request, ApiResponse response) {
    request.queryParam("keep-storage").filter(s -> !s.isEmpty()).ifPresent(ImageRoutes::checkKeepStorage);
    BuildCachePrune.Report report = BuildCachePrune.prune(FiltersParam.parse(request.queryParam("filters")));
    response.json(HttpResponseStatus.OK, new BuildPruneResponse(report.cachesDeleted(), report.spaceReclaimed()));
  }

  private static void checkKeepStorage(String text) {
    try {
      Long.parseLong(text);
    } catch (NumberFormatException e) {
      String why = text.matches("[+-]?\\d+") ? "value out of range" : "invalid syntax";
      throw new DrydockException.SystemError("keep-storage is in bytes and expects an integer, got " + text
          + ": strconv.Atoi: parsing \"" + text + "\": " + why);
    }
  }

  /** Pull ({@code fromImage}) or import ({@code fromSrc=-}, the body is the tar). */
  void imageCreate(ApiRequest request, ApiResponse response) {
    Optional<String> fromImage = request.queryParam("fromImage").filter(s -> !s.isEmpty());
    Optional<String> fromSrc = request.queryParam("fromSrc").filter(s -> !s.isEmpty());
    if (fromImage.isPresent()) {
      pull(request, response, fromImage.get());
    } else if (fromSrc.isPresent()) {
      importRootfs(request, response, fromSrc.get());
    } else {
      throw new DrydockException.InvalidArgument("either fromImage or fromSrc must be given");
    }
  }

  private void pull(ApiRequest request, ApiResponse response, String image) {
    ImageRef ref = Images.remoteReference(image, request.queryParam("tag").orElse(""));
    Platform platform = request.queryParam("platform").filter(s -> !s.isEmpty()).map(Platform::parse).orElse(Platform.host());
    Optional<RegistryAuth> auth = RegistryAuth.decodeLenient(request.headers().get("X-Registry-Auth"));
    try (ProgressOutput out = new ProgressOutput(response, CreateImageInfo::error)) {
      out.run(() -> images.pull(ref, platform, auth, e -> out.send(ImageTranslator.progress(e))));
    }
  }

  private void importRootfs(ApiRequest request, ApiResponse response, String source) {
    if (!source.equals("-")) {
      throw new DrydockException.NotImplemented("import from a URL (fromSrc=" + source + ") is not implemented by drydock yet; use fromSrc=- with the tar as body");
    }
    Optional<String> repo = request.queryParam("repo").filter(s -> !s.isEmpty());
    Optional<ImageRef> tag = repo.map(r -> Images.target(r, request.queryParam("tag").orElse("")));
    List<String> changes = request.query().getOrDefault("changes", List.of());
    String message = request.queryParam("message").orElse("");
    try (ProgressOutput out = new ProgressOutput(response, CreateImageInfo::error)) {
      out.run(() -> {
        ImageId id = images.importRootfs(request.bodyStream(), tag, changes, message);
        out.send(CreateImageInfo.status(null, id.toString()));
      });
    }
  }

  void imagePush(ApiRequest request, ApiResponse response) {
    ImageRef ref = Images.remoteReference(request.pathParam("name"), request.queryParam("tag").orElse(""));
    Optional<RegistryAuth> auth = RegistryAuth.decodeLenient(request.headers().get("X-Registry-Auth"));
    try (ProgressOutput out = new ProgressOutput(response, CreateImageInfo::error)) {
      out.run(() -> {
        Images.PushResult result = images.push(ref, auth, e -> out.send(ImageTranslator.progress(e)));
        out.send(new CreateImageInfo(null, null, null, null, null, null,
            Map.of("Tag", result.tag(), "Digest", result.digest().toString(), "Size", result.size())));
      });
    }
  }

  void imageGet(ApiRequest request, ApiResponse response) {
    save(List.of(request.pathParam("name")), response);
  }

  void imageGetAll(ApiRequest request, ApiResponse response) {
    save(request.query().getOrDefault("names", List.of()), response);
  }

  private void save(List<String> names, ApiResponse response) {
    if (names.isEmpty()) {
      throw new DrydockException.InvalidArgument("no images named to save");
    }
    for (String name : names) {
      try {
        images.inspect(name);
      } catch (DrydockException.NotFound e) {
        throw new DrydockException.NotFound("No such image: " + name); // save names the reference as given
      }
    }
    OutputStream out = response.openByteStream(HttpResponseStatus.OK, TAR);
    try (out) {
      images.save(names, out);
    } catch (IOException | RuntimeException e) {
      response.abort();
    }
  }

  void imageLoad(ApiRequest request, ApiResponse response) {
    boolean quiet = request.boolParam("quiet");
    try (ProgressOutput out = new ProgressOutput(response, CreateImageInfo::error).started()) {
      out.run(() -> {
        List<LoadedImage> loaded = images.load(request.bodyStream());
        for (LoadedImage l : loaded) {
          if (l.tags().isEmpty()) {
            out.send(CreateImageInfo.stream("Loaded image ID: " + l.id() + "\n"));
          }
          for (String t : l.tags()) {
            out.send(CreateImageInfo.stream("Loaded image: " + t + "\n"));
          }
        }
        if (quiet && loaded.isEmpty()) {
          out.send(CreateImageInfo.stream(""));
        }
      });
    }
  }
}
