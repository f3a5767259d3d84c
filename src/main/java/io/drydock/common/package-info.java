/**
 * Shared ground of every layer: the one error hierarchy (errdefs), tiny validated value types and
 * the two thread helpers every layer's pools use.
 *
 * <p>Owns: {@link io.drydock.common.DrydockException} and its classes, identifiers such as digests
 * and container ids, {@link io.drydock.common.DaemonThreads} and {@link io.drydock.common.Futures}. May use: the JDK only. It must never import another drydock package, Jackson,
 * Netty or JNA, because everything else depends on it.
 */
package io.drydock.common;
