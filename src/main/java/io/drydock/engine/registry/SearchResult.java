package io.drydock.engine.registry;

/**
 * One repository found by a registry's {@code /v1/search} (Docker Hub's index format): its name,
 * description, stars, and whether it is an official or an automated-build repository.
 */
public record SearchResult(String name, String description, long starCount, boolean official, boolean automated) {}
