/**
 * A container's file system as the API's file verbs see it: what changed in its writable layer
 * ({@code docker diff}), tar streams of its tree ({@code docker export}, {@code docker cp} out,
 * the layer of {@code docker commit}), the stat of a path, and the read-only view of a stopped
 * container's snapshot. The decisions (which change a path is, which Go {@code FileMode} bits a
 * stat has, how a path resolves inside the root, how the writable mounts become a read-only view)
 * are pure functions over values; the walkers and tar writers around them are thin.
 *
 * <p>Owns: nothing persistent; it reads the directories it is given and writes tar streams. May
 * use: {@code supervisor.snapshot} (mount specs), {@code supervisor.layer} (scoped path
 * resolution), {@code os} (xattrs), commons-compress. It must not know about containers' records,
 * tasks or the API.
 */
package io.drydock.engine.container.fs;
