/**
 * A client of the distribution API v2 (the protocol of Docker Hub and of Debian's
 * {@code docker-registry}): ping, the Bearer token and Basic challenges, manifests (schema2, OCI,
 * manifest lists and indexes), blobs streamed into the content store with digest and size checked
 * on the way, uploads with cross-repository mounts, and the progress records a pull or push emits;
 * also Docker Hub's v1 search ({@code docker search}) and the credential check of
 * {@code docker login}.
 *
 * <p>Owns: HTTP to registries (JDK {@code HttpClient}), the scheme decision (https except for
 * loopback and configured insecure registries), credentials from an {@code X-Registry-Auth} value.
 * May use: {@code io.drydock.common}, {@code io.drydock.supervisor.content},
 * {@code io.drydock.engine.image.reference}, Jackson. It knows nothing of the image store: what
 * becomes an image is decided by {@code io.drydock.engine.image.PullOperation}.
 */
package io.drydock.engine.registry;
