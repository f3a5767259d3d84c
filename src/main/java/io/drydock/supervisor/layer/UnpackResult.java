package io.drydock.supervisor.layer;

import io.drydock.common.Digest;

/**
 * The outcome of an unpack: the diff ID (sha256 of the uncompressed tar, what an image config's
 * rootfs.diff_ids lists, so the engine can check the layer it got is the one the image means) and
 * the number of tar entries.
 */
public record UnpackResult(Digest diffId, long entries) {}
