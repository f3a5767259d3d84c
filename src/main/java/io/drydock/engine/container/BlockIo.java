package io.drydock.engine.container;

import java.util.List;

/**
 * The block I/O settings of Docker's HostConfig ({@code --blkio-weight}, {@code --blkio-weight-device},
 * {@code --device-read-bps} and the other throttles), by host path as the client sent them: the
 * paths are {@code stat}ed only when the container starts, as dockerd does, so a missing device
 * fails the start, not the create. A list is null when the client sent none (inspect then shows
 * {@code null}, as dockerd's does, and {@code []} for an empty one).
 *
 * @param weight {@code BlkioWeight}, 0 for none
 */
public record BlockIo(
    int weight,
    List<WeightDevice> weightDevice,
    List<Throttle> readBps,
    List<Throttle> writeBps,
    List<Throttle> readIops,
    List<Throttle> writeIops) {

  public static final BlockIo NONE = new BlockIo(0, null, null, null, null, null);

  public BlockIo {
    weightDevice = weightDevice == null ? null : List.copyOf(weightDevice);
    readBps = copy(readBps);
    writeBps = copy(writeBps);
    readIops = copy(readIops);
    writeIops = copy(writeIops);
  }

  /** The four throttle lists, none of them null, in the order of the OCI spec and the cgroup files. */
  public List<List<Throttle>> throttles() {
    return List.of(or(readBps), or(writeBps), or(readIops), or(writeIops));
  }

  public BlockIo withWeight(int newWeight) {
    return new BlockIo(newWeight, weightDevice, readBps, writeBps, readIops, writeIops);
  }

  public BlockIo withWeightDevice(List<WeightDevice> devices) {
    return new BlockIo(weight, devices, readBps, writeBps, readIops, writeIops);
  }

  private static List<Throttle> copy(List<Throttle> l) {
    return l == null ? null : List.copyOf(l);
  }

  private static List<Throttle> or(List<Throttle> l) {
    return l == null ? List.of() : l;
  }

  /** One {@code BlkioWeightDevice} entry. */
  public record WeightDevice(String path, int weight) {
    public WeightDevice {
      path = path == null ? "" : path;
    }
  }

  /** One {@code BlkioDevice{Read,Write}{Bps,IOps}} entry: bytes or operations per second on the device at {@code path}. */
  public record Throttle(String path, long rate) {
    public Throttle {
      path = path == null ? "" : path;
    }
  }
}
