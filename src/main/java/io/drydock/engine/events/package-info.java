/**
 * The engine's event bus: Docker's event model (type, action, actor, time) and its filter
 * semantics, in engine records. Container, image, network and volume code publishes here; the API
 * streams it as {@code GET /events}.
 *
 * <p>Owns: {@link io.drydock.engine.events.Event}, {@link io.drydock.engine.events.EventBus},
 * {@link io.drydock.engine.events.EventFilter}, and the filter readings the
 * engine's lists and prunes share ({@link io.drydock.engine.events.FilterKeys},
 * {@link io.drydock.engine.events.FilterTime}, {@link io.drydock.engine.events.LabelMatch}). May
 * use: the JDK and {@code io.drydock.common}. It must not know the wire format (no DTOs, no Jackson, no Netty).
 */
package io.drydock.engine.events;
