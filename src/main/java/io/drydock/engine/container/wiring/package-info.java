/**
 * Networks and volumes wired into the container lifecycle, dockerd's {@code daemon/container_operations}
 * role: at create the endpoints, named and anonymous volumes and the port requests of a container
 * are resolved and persisted beside it ({@code wiring.json}); at start its volumes are mounted, its
 * network sandbox built, its {@code /etc} files written and its ports published, all or nothing;
 * at exit and stop all of that is undone; at remove the endpoints go and, with {@code -v}, its
 * anonymous volumes. Uses the network and volume services; knows containers only by id, name and
 * directory, and never touches the container index or the supervisor.
 */
package io.drydock.engine.container.wiring;
