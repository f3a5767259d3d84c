/**
 * The Linux side of drydock's networks: network namespaces kept as bind-mounted files (like
 * {@code ip netns add}, but under drydock's exec root so OCI specs join them by path), Linux
 * bridges per network ({@code dd0}, {@code dd-<12 hex>}), one veth pair per endpoint, and the
 * generated {@code /etc/hosts}, {@code /etc/resolv.conf} and {@code /etc/hostname}. Every external
 * program (iproute2's {@code ip}) is launched by
 * {@link io.drydock.engine.network.bridge.IpCommand} only. Uses {@code os.NetnsCalls} to make and enter
 * namespaces and {@code os.MountCalls} for the unmount of namespace files; nothing else of the lower layers.
 */
package io.drydock.engine.network.bridge;
