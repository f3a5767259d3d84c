/**
 * The system routes ({@code /_ping}, {@code /version}, {@code /info}, {@code /events},
 * {@code /system/df}) and their translators from engine records to DTOs.
 *
 * <p>Owns: these handlers and their query parsing. May use: the api core, {@code api.dto}, the
 * engine's {@code system} and {@code events} packages. Holds no domain logic.
 */
package io.drydock.api.system;
