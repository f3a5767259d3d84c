package io.drydock.engine.container.service;

/** One process of a container as {@code docker top} shows it (ps -ef's columns). */
public record ProcessRow(String uid, long pid, long ppid, String command) {}
