/**
 * Networks, dockerd's libnetwork role: the network objects ({@code bridge}, {@code host},
 * {@code none} and user-defined bridge networks), their endpoints and addresses, lookup by id,
 * id prefix or name, filters and persistence (one JSON file per network under
 * {@code <data-root>/network}). The kernel side (bridges, veths, namespaces, the port proxy and
 * DNS) is behind {@link io.drydock.engine.network.NetworkDriver}; subpackages hold the pure cores
 * ({@code ipam}, {@code port}, {@code dns}), the userland port proxy ({@code proxy}) and the Linux
 * side with the container-facing lifecycle ({@code bridge}, see {@code ContainerNetworking}). Knows
 * nothing of containers beyond their id and name: the container service calls in.
 */
package io.drydock.engine.network;
