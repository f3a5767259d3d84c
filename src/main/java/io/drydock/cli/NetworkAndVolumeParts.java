package io.drydock.cli;

import io.drydock.api.RouteGroup;
import io.drydock.api.networks.NetworkRoutes;
import io.drydock.api.volumes.VolumeRoutes;
import io.drydock.engine.container.wiring.ContainerWiring;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.network.HostRoutes;
import io.drydock.engine.network.NetworkDriver;
import io.drydock.engine.network.NetworkDefaults;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.bridge.BridgeDriver;
import io.drydock.engine.network.bridge.ContainerNetworking;
import io.drydock.engine.network.bridge.IpCommand;
import io.drydock.engine.network.bridge.NetnsFiles;
import io.drydock.engine.network.ipam.SubnetPool;
import io.drydock.engine.network.port.PortAllocator;
import io.drydock.engine.network.proxy.PortPublisher;
import io.drydock.engine.volume.Volumes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The network and volume services of the daemon and their route groups, built in one place so
 * {@link Daemon} stays a list of parts. The container service takes {@link #networks}, {@link #volumes}
 * and {@link #containerNetworking} from here and installs its container lookup and volume-usage view.
 */
record NetworkAndVolumeParts(Networks networks, Volumes volumes, ContainerNetworking containerNetworking, ContainerWiring wiring) {
  static NetworkAndVolumeParts create(Path dataRoot, Path execRoot, EventBus events) {
    return create(dataRoot, execRoot, events, NetworkOptions.DEFAULT);
  }

  static NetworkAndVolumeParts create(Path dataRoot, Path execRoot, EventBus events, NetworkOptions options) {
    IpCommand ip = new IpCommand();
    NetworkDriver driver = new BridgeDriver(ip);
    Networks networks = new Networks(dataRoot.resolve("network"), events, Clock.systemUTC(), driver, new NetworkDefaults(
        SubnetPool.dockerDefaults(), options.bridgeSubnet(), HostRoutes.read(Path.of("/proc/net/route"), options.bridgeName()), options.bridgeName()));
    Volumes volumes = new Volumes(dataRoot.resolve("volumes"), events, Clock.systemUTC());
    ContainerNetworking networking = new ContainerNetworking(networks, new NetnsFiles(execRoot.resolve("netns")),
        new PortPublisher(PortAllocator.dockerDefault()));
    return new NetworkAndVolumeParts(networks, volumes, networking,
        new ContainerWiring(networks, networking, volumes, Path.of("/etc/resolv.conf"), options.defaultBindIp()));
  }

  RouteGroup networkRoutes() {
    return new NetworkRoutes(networks);
  }

  VolumeRoutes volumeRoutes() {
    return new VolumeRoutes(volumes);
  }
}
