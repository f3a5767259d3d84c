/**
 * The engine's container object model: the lifecycle table and its typed refusals, the container
 * record with its config, resources, restart policy and state, name generation and validation,
 * the thread-safe index that resolves ids, prefixes and names, and the atomic one-file-per-object
 * JSON store that persists records.
 *
 * <p>Owns: decisions about containers as values. May use: {@code io.drydock.common}, Jackson (only
 * in the store and its JSON mapping). It must not start processes, call the supervisor, touch
 * cgroups or the network, or import the API layer: the container service composes these pieces
 * with the supervisor; this package only decides and remembers.
 */
package io.drydock.engine.container;
