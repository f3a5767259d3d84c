/**
 * Image references as Docker reads them: the distribution/reference grammar, Docker Hub
 * normalization ({@code busybox} → {@code docker.io/library/busybox:latest}), familiar names, and
 * the id-or-name decision for image arguments.
 *
 * <p>Owns: pure parsing and formatting of references and digest strings. May use:
 * {@code io.drydock.common} only. It must not do I/O, contact registries or consult the image
 * store: resolving a reference to an image belongs to the image service.
 */
package io.drydock.engine.image.reference;
