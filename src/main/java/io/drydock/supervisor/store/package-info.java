/**
 * Durable files for the supervisor's stores: atomic replace (temp, fsync, rename, fsync dir).
 *
 * <p>Owns: the one way the supervisor writes metadata. May use: the JDK only. It knows nothing of
 * what the files contain.
 */
package io.drydock.supervisor.store;
