/**
 * Published ports as pure values: the {@code PortBindings} of a container parsed into
 * {@link io.drydock.engine.network.port.PortMapping}s, and the host-port allocator that refuses
 * a port already taken. The proxy that carries the traffic lives in the bridge driver package;
 * nothing here opens a socket. May use only {@code common} and {@code engine.network.ipam}.
 */
package io.drydock.engine.network.port;
