package io.drydock.engine.network.dns;

/** One question: a name (dotted, no trailing dot), a type (1 = A) and a class (1 = IN). */
public record DnsQuestion(String name, int type, int qclass) {}
