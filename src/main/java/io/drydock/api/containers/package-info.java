/**
 * The Container group of the API: create, inspect, list, start, stop, kill, restart, pause,
 * unpause, rename, delete, prune, wait, attach (hijacked), logs, resize, top. Handlers parse,
 * call one method of {@link io.drydock.engine.container.service.ContainerService} and translate
 * with {@link io.drydock.api.containers.ContainerTranslator}; stream framing (Docker's 8-byte
 * multiplexing) lives in {@link io.drydock.api.containers.StreamFrames}.
 */
package io.drydock.api.containers;
