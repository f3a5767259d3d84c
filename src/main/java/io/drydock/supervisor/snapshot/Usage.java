package io.drydock.supervisor.snapshot;

/**
 * Disk use of one snapshot's own layer (not its parents'): bytes of regular files, hardlinked
 * files counted once, and the number of inodes, as containerd's snapshotter reports it.
 */
public record Usage(long size, long inodes) {}
