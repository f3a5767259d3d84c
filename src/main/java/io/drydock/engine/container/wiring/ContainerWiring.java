package io.drydock.engine.container.wiring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import io.drydock.engine.network.ContainerLookup;
import io.drydock.engine.network.NetworkMode;
import io.drydock.engine.network.Networks;
import io.drydock.engine.network.Sandbox;
import io.drydock.engine.network.bridge.ContainerNetworking;
import io.drydock.engine.network.bridge.EtcFiles;
import io.drydock.engine.network.ipam.Ipv4;
import io.drydock.engine.network.port.PortSpecs;
import io.drydock.engine.volume.DaemonRootBinds;
import io.drydock.engine.volume.MountType;
import io.drydock.engine.volume.Volumes;
import io.drydock.runtime.spec.Mount;
import io.drydock.supervisor.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The container service's one entry into networks and volumes, called in lifecycle order:
 *
 * <pre>
 *   create(id, name, request, imageVolumes, imagePorts)  endpoints attached, volumes created, wiring.json
 *   start(id, hostname, rootfs)  → Wired                 volumes mounted, sandbox + veths + DNS,
 *                                                        /etc files, ports published (all or nothing)
 *   running(id, pid)                                     the task runs: a runtime-made netns is its init's
 *   stop(id)                                             proxies, DNS, veths, netns, volume mounts released
 *   remove(id, removeVolumes)                            endpoints detached, anonymous volumes (with -v)
 * </pre>
 *
 * Each job has its own class: {@link MountSources} and {@link EndpointAttachment} at create,
 * {@link VolumeMounts}, {@link PortRequests} and {@link LegacyLinks} at start, {@link LastSandboxes}
 * for inspect; this class keeps the per-container state, its file and the all-or-nothing order.
 */
public final class ContainerWiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerWiring.class);
  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  static final String FILE = "wiring.json";

  private final Networks networks;
  private final ContainerNetworking networking;
  private final Volumes volumes;
  private final VolumeMounts volumeMounts;
  private final Path hostResolvConf;
  private final Map<String, WiringState> states = new ConcurrentHashMap<>();
  private final Map<String, Path> dirs = new ConcurrentHashMap<>();
  private volatile ContainerLookup containers = ContainerLookup.NONE;
  private final LegacyLinks legacyLinks;
  private final MountSources mountSources;
  private final EndpointAttachment endpoints;
  private final PortRequests portRequests;
  private final LastSandboxes lastSandboxes;
  /** Containers started since the daemon started (or found running): their inherited volumes count as used. */
  private final Set<String> startedOnce = ConcurrentHashMap.newKeySet();

  public ContainerWiring(Networks networks, ContainerNetworking networking, Volumes volumes, Path hostResolvConf, Ipv4 defaultBindIp) {
    this.networks = networks;
    this.networking = networking;
    this.volumes = volumes;
    this.volumeMounts = new VolumeMounts(volumes);
    this.hostResolvConf = hostResolvConf;
    this.legacyLinks = new LegacyLinks(networks, networking, id -> containers.find(id), dirs::get, id -> Optional.ofNullable(states.get(id)));
    this.mountSources = new MountSources(volumes, id -> containers.find(id), id -> Optional.ofNullable(states.get(id)));
    this.endpoints = new EndpointAttachment(networks, networking);
    this.portRequests = new PortRequests(networks, defaultBindIp);
    this.lastSandboxes = new LastSandboxes(networking);
    networks.onRewired(this::rewired);
    volumes.usersFrom(name -> states.entrySet().stream().filter(e -> e.getValue().usesVolume(name, startedOnce.contains(e.getKey())))
        .map(Map.Entry::getKey).sorted().toList());
  }

  /** Installs the container service's lookup (for {@code container:<name>} and network connect). */
  public void useContainers(ContainerLookup lookup) {
    this.containers = lookup;
    networks.containersFrom(lookup);
  }

  /** At create: everything resolved and persisted in {@code dir}; undone when a step fails. */
  public WiringState create(String id, String name, Path dir, WiringRequest request, Set<String> imageVolumes, Set<String> imagePorts) {
    NetworkMode mode = resolve(NetworkMode.parse(request.networkMode()));
    List<Runnable> undo = new ArrayList<>();
    try {
      List<StoredMount> inherited = mountSources.volumesFrom(request.references().volumesFrom());
      boolean user = mode.kind() == NetworkMode.Kind.USER;
      List<String> links = user ? List.of() : legacyLinks.resolve(name, request.references().links()); // dockerd drops them on a user network
      List<String> networkLinks = user ? EndpointAttachment.endpointFor(request, mode.target()).links() : List.of();
      List<StoredMount> mounts = MountPlan.merge(inherited, mountSources.createVolumes(
          DaemonRootBinds.apply(MountPlan.of(request, imageVolumes, inherited), volumes.daemonRoot().toString()), undo));
      Set<String> exposed = new TreeSet<>(imagePorts);
      exposed.addAll(request.exposedPorts());
      request.portBindings().keySet().forEach(k -> exposed.add(k.contains("/") ? k : k + "/tcp"));
      PortSpecs.parse(request.portBindings());
      if (!request.networkDisabled()) {
        endpoints.attach(id, name, mode, request, undo);
      }
      String shownMode = mode.kind() == NetworkMode.Kind.CONTAINER ? "container:" + mode.target()
          : request.networkMode().isEmpty() ? "default" : request.networkMode();
      WiringState state = new WiringState(shownMode, request.binds(), request.portBindings(), request.publishAll(), exposed, mounts,
          request.names(), new ContainerReferences(request.references().volumesFrom(), links, networkLinks));
      AtomicFiles.writeBeforeCommit(dir.resolve(FILE), JSON.writeValueAsBytes(state)); // the record, written next, is the commit point
      states.put(id, state);
      dirs.put(id, dir);
      legacyLinks.registerAliases(id, state);
      return state;
    } catch (IOException | RuntimeException e) {
      for (int i = undo.size() - 1; i >= 0; i--) {
        quietly(undo.get(i));
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new DrydockException.SystemError("save the wiring of " + id + ": " + e.getMessage(), e);
    }
  }

  private NetworkMode resolve(NetworkMode mode) {
    return switch (mode.kind()) {
      case CONTAINER -> new NetworkMode(NetworkMode.Kind.CONTAINER, containers.find(mode.target())
          .orElseThrow(() -> new DrydockException.NotFound("No such container: " + mode.target())).id());
      default -> mode;
    };
  }

  /**
   * At start, before the task exists: volumes mounted, sandbox wired, /etc files written, ports
   * published. A failure undoes every step, so a taken port leaves no veth, netns or proxy.
   */
  public Wired start(String id, String hostname, Path rootfs) {
    WiringState state = state(id);
    Path dir = dirs.get(id);
    startedOnce.add(id);
    try {
      List<Mount> mounts = volumeMounts.mount(id, state.mounts(), rootfs);
      NetworkMode mode = NetworkMode.parse(state.networkMode());
      Sandbox sandbox = networking.start(id, mode);
      Map<String, Path> etc = new LinkedHashMap<>();
      List<String> linkEnv = legacyLinks.environment(state, true);
      if (mode.kind() == NetworkMode.Kind.CONTAINER) {
        Path other = dirs.getOrDefault(mode.target(), dir);
        etc.put("/etc/hosts", other.resolve("hosts"));
        etc.put("/etc/resolv.conf", other.resolve("resolv.conf"));
        etc.put("/etc/hostname", writeHostname(dir, hostname));
      } else if (mode.kind() != NetworkMode.Kind.HOST) {
        EtcFiles.Paths p = networking.etcFiles(id, hostname, dir, hostResolvConf, state.names(), legacyLinks.hostEntries(state, true));
        etc.put("/etc/hosts", p.hosts());
        etc.put("/etc/resolv.conf", p.resolvConf());
        etc.put("/etc/hostname", p.hostname());
      }
      if (mode.ownsNamespace()) {
        networking.publish(id, portRequests.of(state));
      }
      return new Wired(sandbox.netnsPath(), etc, mounts, linkEnv);
    } catch (RuntimeException e) {
      quietly(() -> stop(id));
      throw e;
    }
  }

  /**
   * The variables the container's legacy links give an exec started now: as at its start, with the
   * targets' current addresses; a target that no longer runs is left out.
   */
  public List<String> linkEnvironment(String id) {
    WiringState state = states.get(id);
    return state == null ? List.of() : legacyLinks.environment(state, false);
  }

  /** After the task started: its init's pid (a sandbox the runtime created is known by it from now on). */
  public void running(String id, long pid) {
    networking.running(id, pid);
    WiringState state = states.get(id);
    if (state != null) {
      lastSandboxes.running(id, state);
    }
  }

  /**
   * A running container connected to or disconnected from a network: its DNS server started if
   * it is now on a user network, its /etc/hosts and resolv.conf rewritten in place (the files are
   * bind-mounted, so the same inodes must change).
   */
  private void rewired(String id) {
    Path dir = dirs.get(id);
    WiringState state = states.get(id);
    if (dir == null || state == null || !NetworkMode.parse(state.networkMode()).ownsNamespace()) {
      return;
    }
    try {
      networking.ensureDns(id);
      String hostname = Files.readString(dir.resolve("hostname")).trim();
      networking.etcFiles(id, hostname, dir, hostResolvConf, state.names(), legacyLinks.hostEntries(state, false));
    } catch (IOException | RuntimeException e) {
      LOG.warn("/etc files of {} not updated after a network change: {}", id, e.toString());
    }
  }

  private static Path writeHostname(Path dir, String hostname) {
    Path file = dir.resolve("hostname");
    AtomicFiles.write(file, (hostname + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return file;
  }

  /** At exit or a failed start: everything {@link #start} set up is released (idempotent). */
  public void stop(String id) {
    quietly(() -> networking.stop(id));
    volumeMounts.release(id);
  }

  /** At remove: endpoints gone, and with {@code removeVolumes} the container's anonymous volumes. */
  public void remove(String id, boolean removeVolumes) {
    stop(id);
    quietly(() -> networking.detach(id));
    WiringState state = states.remove(id);
    dirs.remove(id);
    networks.linkAliases(id, List.of());
    lastSandboxes.forget(id);
    startedOnce.remove(id);
    if (state != null && removeVolumes) {
      for (StoredMount m : state.mounts()) {
        if (m.type() == MountType.VOLUME && m.anonymous()) {
          try {
            volumes.remove(m.source(), true);
          } catch (DrydockException.Conflict e) {
            LOG.debug("anonymous volume {} of {} kept, another container uses it", m.source(), id); // as dockerd: not an error
          } catch (DrydockException e) {
            LOG.warn("anonymous volume {} of {} kept: {}", m.source(), id, e.getMessage());
          }
        }
      }
    }
  }

  /**
   * At daemon start, for each persisted container: its wiring is read back; a container that no
   * longer runs gets whatever a crash left of its sandbox released.
   */
  public void restore(String id, Path dir, boolean running, long pid) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      states.put(id, JSON.readValue(Files.readAllBytes(file), WiringState.class));
      dirs.put(id, dir);
      legacyLinks.registerAliases(id, states.get(id));
    } catch (IOException e) {
      LOG.warn("wiring of container {} unreadable: {}", id, e.getMessage());
      return;
    }
    NetworkMode mode = NetworkMode.parse(states.get(id).networkMode());
    if (mode.kind() == NetworkMode.Kind.NONE || mode.kind() == NetworkMode.Kind.HOST) {
      String name = containers.find(id).map(ContainerLookup.ContainerRef::name).orElse(id);
      quietly(() -> networks.restoreEndpoint(mode.target(), id, name.startsWith("/") ? name.substring(1) : name));
    }
    if (!running) {
      networking.forget(id);
    } else {
      startedOnce.add(id);
      networking.adopt(id, NetworkMode.parse(states.get(id).networkMode()), pid);
      quietly(() -> networking.publish(id, portRequests.of(states.get(id))));
    }
  }

  /** What inspect and list show of the container; empty for one created without wiring. */
  public Optional<WiringView> view(String id) {
    WiringState state = states.get(id);
    if (state == null) {
      return Optional.empty();
    }
    List<WiringView.MountView> mounts = state.mounts().stream().map(m -> m.view(volumes.root())).toList();
    LastSandboxes.Shown sandbox = lastSandboxes.of(id, state);
    return Optional.of(new WiringView(state.networkMode(), state.binds(), state.portBindings(), state.publishAll(), state.exposedPorts(),
        networking.published(id), networks.endpointsOf(id), networks.removedOf(id), mounts, sandbox.key(), state.names(), sandbox.id(),
        state.references()));
  }

  @Override
  public void close() {
    networks.releaseUnusedBridges();
  }

  private static void quietly(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.debug("wiring cleanup step failed: {}", e.toString());
    }
  }

  WiringState state(String id) {
    WiringState s = states.get(id);
    if (s == null) {
      throw new DrydockException.NotFound("No such container: " + id);
    }
    return s;
  }
}
