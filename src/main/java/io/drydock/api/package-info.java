/**
 * The Docker Engine API v1.41 server: Netty HTTP/1.1 on a unix socket and TCP, routing as data,
 * version negotiation, Docker's DTOs, streams (logs, events, attach), and the one mapping from
 * error classes to HTTP statuses.
 *
 * <p>Owns: the wire format. May use: the engine and {@code io.drydock.common}. It must not reach
 * past the engine into the supervisor, the runtime or the OS bindings.
 */
package io.drydock.api;
