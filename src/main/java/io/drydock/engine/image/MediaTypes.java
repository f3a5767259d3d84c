package io.drydock.engine.image;

import java.util.Set;

/** The media types of Docker schema2 and OCI image content that drydock reads and writes. */
public final class MediaTypes {
  public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
  public static final String DOCKER_LAYER = "application/vnd.docker.image.rootfs.diff.tar";
  public static final String DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
  public static final String OCI_LAYER = "application/vnd.oci.image.layer.v1.tar";
  public static final String OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
  public static final String OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd";

  /** Single-image manifests, the only kind that becomes an image. */
  public static final Set<String> MANIFESTS = Set.of(DOCKER_MANIFEST, OCI_MANIFEST);

  /** Lists of manifests, one per platform. */
  public static final Set<String> INDEXES = Set.of(DOCKER_MANIFEST_LIST, OCI_INDEX);

  private MediaTypes() {}

  public static boolean isManifest(String mediaType) {
    return MANIFESTS.contains(mediaType);
  }

  public static boolean isIndex(String mediaType) {
    return INDEXES.contains(mediaType);
  }
}
