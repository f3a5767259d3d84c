/**
 * The engine (the role of dockerd): containers, images, networks, volumes, events and the system
 * view; the translation of a container's settings into an OCI spec; the registry client.
 *
 * <p>Owns: Docker's object model as engine records and its persistence. May use: the supervisor,
 * the runtime's spec model, {@code io.drydock.os}, {@code io.drydock.common}. It must not import
 * the API package, its DTOs or Netty: the engine speaks its own records.
 */
package io.drydock.engine;
