/**
 * IPv4 address management for bridge networks, as pure values: subnets, per-network address
 * allocation and the pool that picks subnets for new networks. No I/O here; the network service
 * persists what it needs and the bridge driver applies the addresses. May use only {@code common}.
 */
package io.drydock.engine.network.ipam;
