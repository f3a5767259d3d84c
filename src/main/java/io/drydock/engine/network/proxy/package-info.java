/**
 * The userland proxy of published ports (docker-proxy's role, inside the daemon): one listening
 * socket per published port on the host address, forwarding TCP connections and UDP datagrams to
 * the container's address. Plain JDK sockets and threads, because Netty belongs to the API layer
 * (ArchUnit); the proxy carries little traffic in drydock's use (tests, development), and a
 * thread pair per TCP connection keeps it small and obvious. May use {@code common} and
 * {@code engine.network.port}/{@code ipam} values only.
 */
package io.drydock.engine.network.proxy;
