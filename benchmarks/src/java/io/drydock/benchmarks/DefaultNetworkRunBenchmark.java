package io.drydock.benchmarks;

/**
 * {@link ApiRunBenchmark}'s sequence on the engine's default network, what a plain
 * {@code docker run --rm busybox true} asks: the start also makes the container's network namespace
 * and wires a veth pair into the bridge, the exit's cleanup deletes it. drydock only: the peers run
 * here without a bridge ({@code dockerd --bridge=none}; podman's bridge needs firewall rules this
 * machine's tests do not make), so the row's yardstick is drydock's own {@code --network none} row.
 */
public class DefaultNetworkRunBenchmark extends ApiRunBenchmark {
  @Override
  String createBody() {
    return Engines.createBodyOn("default", "true");
  }
}
