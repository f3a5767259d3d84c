package io.drydock.engine.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageLookup;
import io.drydock.engine.image.reference.ImageRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * {@code docker save}: one or many images as a docker-archive, the legacy layout dockerd 20.10
 * writes and every {@code docker load} reads:
 *
 * <pre>
 * &lt;v1 id&gt;/VERSION, /json, /layer.tar   one directory per distinct layer: "1.0", the legacy json, the layer uncompressed
 * &lt;config-hex&gt;.json                    each image's config, byte for byte
 * manifest.json                        [{"Config", "RepoTags", "Layers"}]
 * repositories                         {"repo": {"tag": "&lt;top layer dir&gt;"}}
 * </pre>
 *
 * Layer directories are named by dockerd's v1 ids ({@link LegacyLayerJson}), and each holds the
 * legacy {@code json} (its {@code id}, its {@code parent}), so tools that read the pre-manifest
 * layout follow the chain from {@code repositories}, as they do in dockerd's archives.
 */
final class ArchiveSaver {
  private final ImageStore store;

  ArchiveSaver(ImageStore store) {
    this.store = store;
  }

  void save(List<String> names, OutputStream out) {
    Map<ImageId, List<ImageRef>> images = new LinkedHashMap<>();
    for (String name : names) {
      List<ImageRef> repoTags = allTagsOf(name);
      if (!repoTags.isEmpty()) {
        repoTags.forEach(t -> images.computeIfAbsent(store.lookup(t).orElseThrow(), k -> new ArrayList<>()).add(t));
        continue;
      }
      ImageId id = store.resolve(name);
      List<ImageRef> tags = images.computeIfAbsent(id, k -> new ArrayList<>());
      if (ImageLookup.parse(name) instanceof ImageLookup.ByName byName && byName.ref().tag().isPresent()
          && store.lookup(byName.ref()).filter(id::equals).isPresent() && !tags.contains(byName.ref())) {
        tags.add(byName.ref());
      }
    }
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(OutputStreamGuard.keepOpen(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      ArrayNode manifest = ImageJson.JSON.createArrayNode();
      Map<String, Map<String, String>> repositories = new TreeMap<>();
      Set<String> written = new HashSet<>();
      for (Map.Entry<ImageId, List<ImageRef>> e : images.entrySet()) {
        manifest.add(writeImage(tar, e.getKey(), e.getValue(), written, repositories));
      }
      putBytes(tar, "manifest.json", ImageJson.bytes(manifest));
      putBytes(tar, "repositories", ImageJson.JSON.writeValueAsBytes(repositories));
      tar.finish();
    } catch (IOException e) {
      throw new DrydockException.SystemError("save: " + e.getMessage(), e);
    }
  }

  /**
   * A repository named without tag or digest ({@code docker save busybox}) means every tag of it,
   * as in dockerd; empty when {@code name} is not such a repository or it has no tags.
   */
  private List<ImageRef> allTagsOf(String name) {
    if (ImageLookup.mayBeShortId(name) || name.startsWith("sha256:")) {
      return List.of();
    }
    ImageRef repo;
    try {
      repo = ImageRef.parseNamed(name);
    } catch (DrydockException.InvalidArgument e) {
      return List.of();
    }
    if (repo.tag().isPresent() || repo.digest().isPresent()) {
      return List.of();
    }
    return store.index().references().keySet().stream().map(ImageRef::parseNamed)
        .filter(r -> r.tag().isPresent() && r.name().equals(repo.name())).toList();
  }

  private ObjectNode writeImage(TarArchiveOutputStream tar, ImageId id, List<ImageRef> tags, Set<String> written,
      Map<String, Map<String, String>> repositories) throws IOException {
    ImageJson.Manifest m = store.manifestOf(id);
    ConfigDocument config = store.configOf(id);
    String configName = id.digest().hex() + ".json";
    byte[] configBytes = store.readBlob(id.digest());
    putBytes(tar, configName, configBytes);
    List<LegacyLayerJson.Layer> legacy = LegacyLayerJson.chain(ImageJson.JSON.readTree(configBytes), config.diffIds().subList(0, m.layers().size()));
    ObjectNode entry = ImageJson.JSON.createObjectNode();
    entry.put("Config", configName);
    ArrayNode repoTags = entry.putArray("RepoTags");
    ArrayNode layers = entry.putArray("Layers");
    String top = "";
    for (int i = 0; i < m.layers().size(); i++) {
      top = legacy.get(i).id();
      if (written.add(top)) {
        putDirectory(tar, top + "/");
        putBytes(tar, top + "/VERSION", "1.0".getBytes(StandardCharsets.US_ASCII));
        putBytes(tar, top + "/json", legacy.get(i).json());
        putLayer(tar, top + "/layer.tar", m.layers().get(i));
      }
      layers.add(top + "/layer.tar");
    }
    for (ImageRef ref : tags) {
      repoTags.add(ref.familiarName());
      repositories.computeIfAbsent(ref.familiarRepository(), k -> new TreeMap<>()).put(ref.tag().orElseThrow(), top);
    }
    return entry;
  }

  /** Writes a layer uncompressed; a compressed blob is expanded to a temp file first (tar needs the size). */
  private void putLayer(TarArchiveOutputStream tar, String name, Descriptor layer) throws IOException {
    if (!isCompressed(layer.mediaType())) {
      try (InputStream in = store.content().open(layer.digest())) {
        putStream(tar, name, in, store.content().info(layer.digest()).size());
      }
      return;
    }
    Path temp = Files.createTempFile("drydock-save-", ".tar");
    try {
      try (InputStream in = Decompression.open(store.content().open(layer.digest()))) {
        Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      try (InputStream in = Files.newInputStream(temp)) {
        putStream(tar, name, in, Files.size(temp));
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static boolean isCompressed(String mediaType) {
    return mediaType.endsWith("gzip") || mediaType.endsWith("zstd");
  }

  private static void putDirectory(TarArchiveOutputStream tar, String name) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setMode(040755);
    e.setModTime(0L);
    tar.putArchiveEntry(e);
    tar.closeArchiveEntry();
  }

  private static void putBytes(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
    putStream(tar, name, new java.io.ByteArrayInputStream(bytes), bytes.length);
  }

  private static void putStream(TarArchiveOutputStream tar, String name, InputStream in, long size) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(size);
    e.setMode(0100644);
    e.setModTime(0L);
    tar.putArchiveEntry(e);
    in.transferTo(tar);
    tar.closeArchiveEntry();
  }
}
