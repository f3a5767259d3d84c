package io.drydock.engine.registry;

/**
 * One line of a pull or push progress stream, as dockerd's JSON messages carry it: the id (a short
 * layer digest, a tag, or empty for a general status), the status text ({@code Pulling fs layer},
 * {@code Downloading}, {@code Verifying Checksum}, {@code Download complete}, {@code Pull complete},
 * {@code Pushing}, {@code Pushed}, {@code Layer already exists}, {@code Mounted from x}...) and,
 * for transfers, bytes done of total (negative when not a transfer).
 */
public record ProgressEvent(String id, String status, long current, long total) {
  public static ProgressEvent status(String id, String status) {
    return new ProgressEvent(id, status, -1, -1);
  }

  public static ProgressEvent message(String status) {
    return new ProgressEvent("", status, -1, -1);
  }

  public boolean isTransfer() {
    return total >= 0;
  }
}
