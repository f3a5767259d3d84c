/**
 * Black-box scenarios: the Cucumber features of {@code features/} (glue in
 * {@code io.drydock.conformance.glue}, shipped with {@code drydock conformance}) and JUnit tests that
 * drive a live daemon over its socket, the way clients do. Nothing here imports a drydock
 * production class other than that black-box glue and its HTTP client (and the test-environment
 * rules of {@code io.drydock.testing}), so a DTO bug cannot pass its own test. With
 * {@code DOCKER_HOST} set, the same scenarios run against that engine instead of a drydock started
 * here.
 */
package io.drydock.scenario;
