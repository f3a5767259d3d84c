/**
 * The Volume group of the API ({@code /volumes}): handlers over {@code engine.volume.Volumes},
 * translating its records to {@code api.dto.Volume}. Touches no other engine area.
 */
package io.drydock.api.volumes;
