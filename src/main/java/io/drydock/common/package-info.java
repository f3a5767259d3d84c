/**
 * Shared ground of every layer: the one error hierarchy (errdefs) and tiny validated value types.
 *
 * <p>Owns: {@link io.drydock.common.DrydockException} and its classes, identifiers such as digests
 * and container ids. May use: the JDK only. It must never import another drydock package, Jackson,
 * Netty or JNA, because everything else depends on it.
 */
package io.drydock.common;
