package io.drydock.api.containers;

import io.drydock.api.ApiJson;
import io.drydock.api.ApiRequest;
import io.drydock.api.ApiResponse;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteHandler;
import io.drydock.api.dto.ContainerChangeResponseItem;
import io.drydock.api.dto.ContainerPathStat;
import io.drydock.api.dto.IdResponse;
import io.drydock.common.DrydockException;
import io.drydock.engine.container.fs.PathStat;
import io.drydock.engine.container.service.CommitRequest;
import io.drydock.engine.container.service.ContainerFilesystems;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.Images;
import io.drydock.engine.image.service.ImageService;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The container file operations: changes ({@code docker diff}), export, archive HEAD/GET/PUT
 * ({@code docker cp}) and commit. Archive PUT streams its body (see {@link #streamedBodies}), so
 * a tar of any size is spooled to disk, never held in memory.
 */
public final class ContainerFsRoutes implements RouteGroup {
  static final String STAT_HEADER = "X-Docker-Container-Path-Stat";
  private static final String TAR = "application/x-tar";
  /** dockerd answers Go's nil slice, {@code null}, for a container without changes. */
  private static final com.fasterxml.jackson.databind.node.NullNode NO_CHANGES = com.fasterxml.jackson.databind.node.NullNode.getInstance();

  private final ContainerFilesystems fs;
  private final ImageService images;

  public ContainerFsRoutes(ContainerFilesystems fs, ImageService images) {
    this.fs = fs;
    this.images = images;
  }

  @Override
  public Map<String, RouteHandler> handlers() {
    return Map.of(
        "ContainerChanges", this::containerChanges,
        "ContainerExport", this::containerExport,
        "ContainerArchiveInfo", this::containerArchiveInfo,
        "ContainerArchive", this::containerArchive,
        "PutContainerArchive", this::putContainerArchive,
        "ImageCommit", this::imageCommit);
  }

  @Override
  public Set<String> streamedBodies() {
    return Set.of("PutContainerArchive");
  }

  void containerChanges(ApiRequest request, ApiResponse response) {
    List<ContainerChangeResponseItem> items = fs.changes(request.pathParam("id")).stream()
        .map(c -> new ContainerChangeResponseItem(c.path(), c.kind().wire())).toList();
    response.json(HttpResponseStatus.OK, items.isEmpty() ? NO_CHANGES : items);
  }

  void containerExport(ApiRequest request, ApiResponse response) {
    streaming(response, () -> fs.export(request.pathParam("id"), () -> response.openByteStream(HttpResponseStatus.OK, TAR)));
  }

  void containerArchiveInfo(ApiRequest request, ApiResponse response) {
    PathStat stat = fs.stat(request.pathParam("id"), path(request));
    response.header(STAT_HEADER, statHeader(stat)).empty(HttpResponseStatus.OK);
  }

  void containerArchive(ApiRequest request, ApiResponse response) {
    streaming(response, () -> fs.archive(request.pathParam("id"), path(request),
        stat -> response.header(STAT_HEADER, statHeader(stat)).openByteStream(HttpResponseStatus.OK, TAR)));
  }

  void putContainerArchive(ApiRequest request, ApiResponse response) {
    try {
      fs.extract(request.pathParam("id"), path(request), request.boolParam("noOverwriteDirNonDir"), request.boolParam("copyUIDGID"),
          request.bodyStream());
    } catch (RuntimeException e) {
      drain(request.bodyStream());
      throw e;
    }
    response.empty(HttpResponseStatus.OK);
  }

  /**
   * Reads what is left of a refused upload, up to {@link #DRAIN_LIMIT} bytes, as Go's server does
   * before it answers: the docker CLI still writing its tar then gets the error, not a broken pipe
   * ({@code Can't add file ... closed pipe} on its stderr).
   */
  static void drain(InputStream body) {
    byte[] buf = new byte[16 * 1024];
    long left = DRAIN_LIMIT;
    try {
      int n;
      while (left > 0 && (n = body.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  static final long DRAIN_LIMIT = 256 * 1024;

  /** {@code POST /commit}: 201 with the new image's id; {@code pause} defaults to true as in dockerd. */
  void imageCommit(ApiRequest request, ApiResponse response) {
    String repo = request.queryParam("repo").orElse("");
    String tag = request.queryParam("tag").orElse("");
    if (!repo.isEmpty()) {
      Images.target(repo, tag);
    }
    boolean pause = request.queryParam("pause").filter(p -> !p.isEmpty()).isEmpty() || request.boolParam("pause");
    CommitRequest commit = new CommitRequest(request.queryParam("comment").orElse(""), request.queryParam("author").orElse(""), pause,
        request.query().getOrDefault("changes", List.of()));
    ImageId id = fs.commit(request.queryParam("container").orElse(""), commit);
    if (!repo.isEmpty()) {
      images.tag(id.toString(), repo, tag);
    }
    images.syncRegistry();
    response.json(HttpResponseStatus.CREATED, new IdResponse(id.toString()));
  }

  private static String path(ApiRequest request) {
    return request.queryParam("path").filter(p -> !p.isEmpty())
        .orElseThrow(() -> new DrydockException.InvalidArgument("must specify path parameter"));
  }

  static String statHeader(PathStat s) {
    ContainerPathStat dto = new ContainerPathStat(s.name(), s.size(), s.mode(), GoTime.rfc3339Nano(s.mtime()), s.linkTarget());
    try {
      return Base64.getEncoder().encodeToString(ApiJson.MAPPER.writeValueAsString(dto).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Errors before the stream opened are ordinary responses; after that the connection is cut. */
  private static void streaming(ApiResponse response, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      if (!response.committed()) {
        throw e;
      }
      response.abort();
    }
  }
}
