/**
 * The black-box glue of the scenarios in {@code features/}: Cucumber step definitions and the raw
 * HTTP/1.1 client they use (unix socket or TCP, {@code DOCKER_HOST} syntax), asserting on raw JSON
 * and the Engine API swagger. It knows an engine only through its API, so the same glue judges
 * drydock, dockerd and podman alike; it imports no other drydock package (an ArchUnit rule checks
 * it), and a drydock DTO bug cannot pass its own test. Which engine a run talks to is chosen from
 * outside through {@link io.drydock.conformance.glue.EngineTarget}: by {@code drydock conformance}
 * or by the build's scenario test.
 */
package io.drydock.conformance.glue;
