package io.drydock.engine.registry;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution API v2 verbs on one repository: manifests (get, put), blobs (open, exists,
 * mount, upload). Verification that needs the content store — digests and sizes of blobs while
 * they stream in — belongs to the caller, which knows the descriptor.
 */
public final class RemoteRepository {
  private final RegistrySession session;

  RemoteRepository(RegistrySession session) {
    this.session = session;
  }

  public RegistrySession session() {
    return session;
  }

  /** A manifest (or manifest list) as received: bytes, the media type the registry declared, its digest. */
  public record FetchedManifest(byte[] bytes, String mediaType, Digest digest) {}

  /**
   * {@code GET /v2/<name>/manifests/<reference>} accepting schema2, OCI and both list types. A
   * digest reference is checked against the bytes; for a tag, the bytes' own digest is returned.
   */
  public FetchedManifest manifest(String reference) {
    URI uri = session.v2("manifests/" + reference);
    HttpResponse<InputStream> r = session.send("GET", uri, HttpRequest.BodyPublishers.noBody(),
        Map.of("Accept", String.join(", ", RegistrySession.allManifestTypes())), false);
    byte[] bytes = RegistrySession.bodyOf("GET " + uri, r, 200);
    String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    Digest actual = Digest.sha256Of(bytes);
    if (reference.contains(":")) {
      RegistrySession.requireDigest("manifest " + reference, Digest.parse(reference), bytes);
    } else {
      Optional<String> announced = r.headers().firstValue("Docker-Content-Digest");
      if (announced.isPresent() && announced.get().startsWith("sha256:") && !announced.get().equals(actual.toString())) {
        throw new DrydockException.InvalidArgument("manifest " + reference + ": digest mismatch: registry announced "
            + announced.get() + ", got " + actual);
      }
    }
    return new FetchedManifest(bytes, type, actual);
  }

  /** {@code GET /v2/<name>/blobs/<digest>}: the blob's bytes as they arrive (unverified: the caller checks). */
  public InputStream openBlob(Digest digest) {
    URI uri = session.v2("blobs/" + digest);
    HttpResponse<InputStream> r = session.send("GET", uri, HttpRequest.BodyPublishers.noBody(), Map.of(), true);
    if (r.statusCode() != 200) {
      throw RegistryErrors.of("GET " + uri, r.statusCode(), RegistrySession.drain(r));
    }
    return r.body();
  }

  /** {@code HEAD /v2/<name>/blobs/<digest>}. */
  public boolean blobExists(Digest digest) {
    URI uri = session.v2("blobs/" + digest);
    HttpResponse<InputStream> r = session.send("HEAD", uri, HttpRequest.BodyPublishers.noBody(), Map.of(), false);
    RegistrySession.drain(r);
    if (r.statusCode() == 200) {
      return true;
    }
    if (r.statusCode() == 404) {
      return false;
    }
    throw RegistryErrors.of("HEAD " + uri, r.statusCode(), new byte[0]);
  }

  /**
   * {@code POST /v2/<name>/blobs/uploads/?mount=<digest>&from=<repo>}: true when the registry
   * mounted the blob from the other repository (201); false when it did not (the upload it
   * opened instead is abandoned, the normal upload follows).
   */
  public boolean mount(Digest digest, String fromPath) {
    session.addPullScope(fromPath);
    URI uri = session.v2("blobs/uploads/?mount=" + digest + "&from=" + URLEncoder.encode(fromPath, StandardCharsets.UTF_8));
    HttpResponse<InputStream> r = session.send("POST", uri, HttpRequest.BodyPublishers.noBody(), Map.of(), false);
    RegistrySession.drain(r);
    if (r.statusCode() == 201) {
      return true;
    }
    if (r.statusCode() == 202) {
      return false;
    }
    throw RegistryErrors.of("POST " + uri, r.statusCode(), new byte[0]);
  }

  /**
   * Uploads a blob: {@code POST /v2/<name>/blobs/uploads/}, then either one
   * {@code PUT <location>?digest=} with the whole file (monolithic), or, for files larger than
   * {@code chunkSize}, {@code PATCH <location>} chunks with {@code Content-Range} and a closing
   * {@code PUT ?digest=} without body. Every answer's {@code Location} is the next address.
   */
  public void upload(Digest digest, Path file, long chunkSize) {
    URI start = session.v2("blobs/uploads/");
    HttpResponse<InputStream> r = session.send("POST", start, HttpRequest.BodyPublishers.noBody(), Map.of(), false);
    RegistrySession.drain(r);
    if (r.statusCode() != 202) {
      throw RegistryErrors.of("POST " + start, r.statusCode(), new byte[0]);
    }
    URI location = nextLocation(start, r);
    long size;
    try {
      size = java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new DrydockException.NotFound("blob " + digest + " vanished from the content store");
    }
    HttpRequest.BodyPublisher last;
    if (size <= chunkSize) {
      last = publisherOf(file, digest);
    } else {
      location = patchChunks(location, file, size, chunkSize);
      last = HttpRequest.BodyPublishers.noBody();
    }
    String sep = location.getRawQuery() == null ? "?" : "&";
    URI put = URI.create(location + sep + "digest=" + URLEncoder.encode(digest.toString(), StandardCharsets.UTF_8));
    HttpResponse<InputStream> done = session.send("PUT", put, last, Map.of("Content-Type", "application/octet-stream"), false);
    RegistrySession.bodyOf("PUT " + location, done, 201, 204);
  }

  private URI patchChunks(URI location, Path file, long size, long chunkSize) {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      for (long offset = 0; offset < size; offset += chunkSize) {
        int length = (int) Math.min(chunkSize, size - offset);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(length);
        while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
          // fill the chunk
        }
        HttpResponse<InputStream> r = session.send("PATCH", location, HttpRequest.BodyPublishers.ofByteArray(buf.array()),
            Map.of("Content-Type", "application/octet-stream", "Content-Range", offset + "-" + (offset + length - 1)), false);
        RegistrySession.drain(r);
        if (r.statusCode() != 202) {
          throw RegistryErrors.of("PATCH " + location, r.statusCode(), new byte[0]);
        }
        location = nextLocation(location, r);
      }
      return location;
    } catch (java.io.IOException e) {
      throw new DrydockException.SystemError("read " + file + " for upload: " + e.getMessage(), e);
    }
  }

  private static URI nextLocation(URI current, HttpResponse<InputStream> r) {
    return current.resolve(r.headers().firstValue("Location").orElseThrow(
        () -> new DrydockException.Unavailable(r.request().method() + " " + current + ": upload answer without Location", null)));
  }

  private static HttpRequest.BodyPublisher publisherOf(Path file, Digest digest) {
    try {
      return HttpRequest.BodyPublishers.ofFile(file);
    } catch (java.io.FileNotFoundException e) {
      throw new DrydockException.NotFound("blob " + digest + " vanished from the content store");
    }
  }

  /** {@code PUT /v2/<name>/manifests/<reference>}; returns the digest the registry stored it under. */
  public Digest putManifest(String reference, byte[] bytes, String mediaType) {
    URI uri = session.v2("manifests/" + reference);
    HttpResponse<InputStream> r = session.send("PUT", uri, HttpRequest.BodyPublishers.ofByteArray(bytes), Map.of("Content-Type", mediaType), false);
    RegistrySession.bodyOf("PUT " + uri, r, 201, 200);
    Digest ours = Digest.sha256Of(bytes);
    String announced = r.headers().firstValue("Docker-Content-Digest").orElse(ours.toString());
    if (!announced.equals(ours.toString())) {
      throw new DrydockException.InvalidArgument("registry stored manifest as " + announced + " but its digest is " + ours);
    }
    return ours;
  }
}
