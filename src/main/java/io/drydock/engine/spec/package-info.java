/**
 * The second translator of drydock's three models: an engine container (record + host settings +
 * the image's defaults, already merged at create) → the OCI runtime spec ({@code config.json}) that
 * any OCI runtime executes. Pure: no I/O, no clock; the caller writes the file. May use
 * {@code engine.container}, {@code runtime.spec} and {@code runtime.seccomp} only.
 */
package io.drydock.engine.spec;
