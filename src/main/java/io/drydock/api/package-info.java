/**
 * The Docker Engine API v1.41 server: Netty HTTP/1.1 on a unix socket and TCP, routing as data,
 * version negotiation, Docker's DTOs, streams (logs, events, attach), and the one mapping from
 * error classes to HTTP statuses.
 *
 * <p>This package is the core, free of channels: {@link io.drydock.api.ApiOperations} (the
 * swagger's operations), {@link io.drydock.api.RouteTable} (routes as data, built from {@link
 * io.drydock.api.RouteGroup}s), {@link io.drydock.api.VersionGate} (the version middleware),
 * {@link io.drydock.api.ApiDispatcher} and {@link io.drydock.api.ErrorMapping}. Handlers see
 * {@link io.drydock.api.ApiRequest} and answer through {@link io.drydock.api.ApiResponse}; they
 * read JSON bodies through {@link io.drydock.api.JsonBodies} (Go's 400 texts), a body split over
 * several DTOs parsed once as a {@link io.drydock.api.ParsedBody}.
 * Subpackages: {@code server} (Netty listeners and pipeline), {@code system} (the system routes),
 * {@code dto} (wire types); the container, image, exec, network and volume routes come as further
 * subpackages, each a {@code RouteGroup}.
 *
 * <p>Owns: the wire format. May use: the engine and {@code io.drydock.common}. It must not reach
 * past the engine into the supervisor, the runtime or the OS bindings.
 */
package io.drydock.api;
