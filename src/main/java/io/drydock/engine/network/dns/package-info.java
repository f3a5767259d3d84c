/**
 * The embedded DNS of user networks (Docker's 127.0.0.11): a hand-written codec for the small
 * part of RFC 1035 it needs (header, questions, resource records, compressed names on input),
 * the pure answering rule, and a UDP server loop over a socket someone else opened (inside the
 * container's namespace). It never forwards: names it does not know are answered REFUSED, so no
 * query leaves the host. No well-kept Java DNS library is in the build, and this part is small
 * enough to property-test fully ({@code DnsCodecProperties}).
 */
package io.drydock.engine.network.dns;
