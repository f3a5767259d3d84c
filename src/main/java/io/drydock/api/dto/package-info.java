/**
 * Docker Engine API v1.41 wire types, named after the swagger's definitions ({@code SystemInfo},
 * {@code SystemVersion}, {@code EventMessage}, {@code ErrorResponse}...) with the swagger's field
 * names. Records only, no behaviour; built from engine records by the translators next to each
 * route group.
 *
 * <p>Owns: the JSON shape. May use: Jackson annotations. Nothing outside {@code io.drydock.api}
 * may import these (ArchUnit checks it): the engine speaks its own records.
 */
package io.drydock.api.dto;
