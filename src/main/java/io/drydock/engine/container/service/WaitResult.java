package io.drydock.engine.container.service;

/** What {@code POST /containers/{id}/wait} answers: the exit code and the last start error ("" when none). */
public record WaitResult(int statusCode, String error) {}
