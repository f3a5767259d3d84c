/**
 * Docker health checks as values and a pure state machine: the configured check
 * ({@link io.drydock.engine.container.health.Healthcheck}), one probe's result, and the health a
 * container shows ({@link io.drydock.engine.container.health.Health}), moved by each result. It
 * runs nothing and touches no file: running the probe as an exec and scheduling it live in
 * {@code engine.container.service}. It may not import the rest of the engine.
 */
package io.drydock.engine.container.health;
