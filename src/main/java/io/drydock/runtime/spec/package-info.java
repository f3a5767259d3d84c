/**
 * The OCI runtime-spec configuration (config.json) and state (state.json) as Jackson records, their
 * validation and the default config of {@code drydock runtime spec}.
 *
 * <p>Owns: the contract between the engine and any OCI runtime (the engine builds these records,
 * a runtime reads them). Fields drydock does not know are kept and written back. May use:
 * {@code io.drydock.common} and Jackson. It must not import any other part of the runtime, the os
 * layer or anything above: the engine depends on this package alone.
 */
package io.drydock.runtime.spec;
