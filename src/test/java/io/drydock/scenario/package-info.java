/**
 * Black-box scenarios: Cucumber features from {@code features/} and JUnit tests that drive a live
 * daemon over its socket, the way clients do. The glue speaks raw HTTP/1.1 and asserts on raw
 * JSON; it imports no drydock production class (only the test-environment rules of
 * {@code io.drydock.testing}), so a DTO bug cannot pass its own test. With {@code DOCKER_HOST} set,
 * the same scenarios run against that engine instead of a drydock started here.
 */
package io.drydock.scenario;
