/**
 * The Volume group of the API ({@code /volumes}): handlers over {@code engine.volume.Volumes},
 * translating its records to {@code api.dto.Volume} (with its {@code UsageData} for
 * {@code /system/df}). Touches no other engine area.
 */
package io.drydock.api.volumes;
