/**
 * The engine's image store (the role of dockerd's image service): images as OCI content (a
 * manifest, its config, its layers) in the supervisor's content store, the references that name
 * them, and the local image verbs — list, inspect, tag, delete, prune, history, import, save,
 * load, pull and push (the last two through {@code io.drydock.engine.registry}).
 *
 * <p>Owns: {@code <root>/index.json} (images and references, one atomically replaced file) and,
 * through the content store, the garbage collection of blobs: an image's manifest is a gc root,
 * an operation in progress holds a {@link io.drydock.engine.image.ImageStore.Lease}. May use:
 * {@code io.drydock.supervisor.content}, {@code io.drydock.supervisor.store},
 * {@code io.drydock.engine.image.reference}, {@code io.drydock.engine.registry},
 * {@code io.drydock.common}, Jackson and commons-compress. It must not import the API, the
 * runtime (the built-in image's binary is handed in by the composition root) or containers (the
 * "in use" question is asked through {@link io.drydock.engine.image.ImageUsers}).
 */
package io.drydock.engine.image;
