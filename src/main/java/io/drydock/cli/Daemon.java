package io.drydock.cli;

import io.drydock.api.ApiDispatcher;
import io.drydock.api.RouteGroup;
import io.drydock.api.RouteTable;
import io.drydock.api.server.ApiServer;
import io.drydock.api.server.ServerConfig;
import io.drydock.api.server.ServerIdentity;
import io.drydock.api.containers.ContainerFsRoutes;
import io.drydock.api.containers.ContainerRoutes;
import io.drydock.api.containers.ExecRoutes;
import io.drydock.api.images.BuildRoutes;
import io.drydock.api.images.ImageRoutes;
import io.drydock.api.images.RegistryRoutes;
import io.drydock.api.plugins.PluginRoutes;
import io.drydock.api.system.DataUsageRoutes;
import io.drydock.api.system.SystemRoutes;
import io.drydock.api.volumes.VolumeRoutes;
import io.drydock.engine.build.ClassicBuilder;
import io.drydock.engine.container.ContainerIndex;
import io.drydock.engine.container.service.ContainerService;
import io.drydock.supervisor.task.SupervisedTasks;
import io.drydock.supervisor.task.Tasks;
import io.drydock.runtime.LinuxRuntime;
import io.drydock.engine.image.BuiltinImages;
import io.drydock.engine.image.ImageStore;
import io.drydock.engine.image.ImageUsers;
import io.drydock.engine.image.Images;
import io.drydock.engine.image.service.ImageService;
import io.drydock.engine.registry.RegistryClient;
import io.drydock.engine.registry.RegistryConfig;
import io.drydock.runtime.HelperBinary;
import io.drydock.common.DrydockException;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.system.EngineId;
import io.drydock.engine.system.EngineSettings;
import io.drydock.engine.system.HostProbe;
import io.drydock.engine.system.ObjectRegistry;
import io.drydock.engine.system.RuntimeEntry;
import io.drydock.engine.system.SystemService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code drydock daemon}: creates the roots, takes the PID file, builds
 * the engine parts (event bus, object registry, system service), the route groups and the API
 * server, and takes them down in reverse order. New engine areas (containers, images) are built
 * here and their route groups added to {@link #routeGroups}.
 */
final class Daemon implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

  private final Pidfile pidfile;
  private final ApiServer server;
  private final List<AutoCloseable> engine;

  private Daemon(Pidfile pidfile, ApiServer server, List<AutoCloseable> engine) {
    this.pidfile = pidfile;
    this.server = server;
    this.engine = engine;
  }

  static Daemon start(DaemonOptions options) {
    Pidfile pidfile = Pidfile.acquire(options.pidfile());
    try {
      createPrivateDir(options.dataRoot());
      createPrivateDir(options.execRoot());
      EventBus events = new EventBus();
      ObjectRegistry registry = new ObjectRegistry();
      DaemonStorage storage = DaemonStorage.open(options.dataRoot());
      EngineSettings settings = settings(options);
      SystemService system = new SystemService(HostProbe.ofThisHost().probe(), settings, registry, events, Clock.systemDefaultZone());
      ContainerIndex containers = new ContainerIndex();
      ImageStore imageStore = ImageStore.open(storage.content(), options.dataRoot().resolve("image"));
      Images images = new Images(imageStore, imageUsers(containers), new RegistryClient(RegistryConfig.DEFAULT));
      BuiltinImages.ensureHello(images, helloBinary());
      ImageService imageService = new ImageService(images, events, registry);
      TaskRoot taskRoot = TaskRoot.under(options.execRoot());
      Tasks tasks = tasks(options, taskRoot);
      installInit(options.dataRoot());
      NetworkAndVolumeParts netvol = NetworkAndVolumeParts.create(options.dataRoot(), options.execRoot(), events, options.network());
      ContainerService containerService = new ContainerService(containers, options.dataRoot(), imageStore, storage.snapshotter(),
          Optional.of(tasks), events, registry, Clock.systemUTC(), Optional.of(netvol.wiring()), options.cgroupParent(),
          system.host().resources());
      containerService.useRuntimes(settings.runtimes().stream().map(RuntimeEntry::name).toList(), settings.defaultRuntime());
      containerService.useLogDefault(options.logDefault());
      RouteTable routes = RouteTable.build(
          routeGroups(system, events, imageService, containerService, "overlay2", netvol, options.dataRoot().resolve("builder")));
      ServerConfig config =
          new ServerConfig(options.hosts(), new ServerIdentity(settings.version()), options.maxBodyBytes(), options.tls(), options.socketGroup());
      ApiServer server = ApiServer.start(config, new ApiDispatcher(routes));
      LOG.info("drydock {} started (data root {}, exec root {}, pid {})", settings.version(), options.dataRoot(), options.execRoot(), ProcessHandle.current().pid());
      return new Daemon(pidfile, server, List.of(containerService, tasks, taskRoot));
    } catch (RuntimeException e) {
      pidfile.close();
      throw e;
    }
  }

  /** Every route group the daemon serves; the engine areas add theirs here. */
  static List<RouteGroup> routeGroups(SystemService system, EventBus events, ImageService images, ContainerService containers,
      String storageDriver, NetworkAndVolumeParts netvol) {
    return routeGroups(system, events, images, containers, storageDriver, netvol, null);
  }

  /** @param builderScratch where builds unpack their contexts (null: no builder, as in route listings) */
  static List<RouteGroup> routeGroups(SystemService system, EventBus events, ImageService images, ContainerService containers,
      String storageDriver, NetworkAndVolumeParts netvol, Path builderScratch) {
    ImageRoutes imageRoutes = new ImageRoutes(images, storageDriver,
        containers == null ? image -> Map.of() : containers.filesystems()::imageStorageDirs);
    ContainerRoutes containerRoutes = new ContainerRoutes(containers, storageDriver);
    VolumeRoutes volumeRoutes = netvol.volumeRoutes();
    List<RouteGroup> groups = new ArrayList<>(List.of(new SystemRoutes(system, events), imageRoutes, containerRoutes,
        new ExecRoutes(containers == null ? null : containers.execs())));
    groups.add(new DataUsageRoutes(system, imageRoutes::summaries, () -> containerRoutes.rows(true, -1, Map.of(), true), volumeRoutes::usageRows));
    groups.add(netvol.networkRoutes());
    groups.add(volumeRoutes);
    groups.add(new ContainerFsRoutes(containers == null ? null : containers.filesystems(), images));
    groups.add(new RegistryRoutes(images));
    groups.add(new PluginRoutes());
    groups.add(new BuildRoutes(images == null || containers == null || builderScratch == null ? null
        : new ClassicBuilder(images, containers, builderScratch, Clock.systemUTC())));
    return groups;
  }

  /** Shims kept started ahead of their containers: a start binds one (supervisor.shim.ShimStandby). */
  static final int STANDBY_SHIMS = 2;

  /**
   * The supervisor's tasks over the daemon's default runtime (drydock's own, or runc), handed to
   * the container service.
   */
  static Tasks tasks(DaemonOptions options, TaskRoot root) {
    if (options.defaultRuntime().equals("runc")) {
      Path runc = which("runc").orElseThrow(() -> new DrydockException.InvalidArgument("runc is not on PATH"));
      return SupervisedTasks.binary(root.path(), runc, options.execRoot().resolve("runc"));
    }
    return SupervisedTasks.drydock(root.path(), new LinuxRuntime(root.runtime()), STANDBY_SHIMS);
  }

  /**
   * Puts drydock's init (for {@code --init}) where the engine mounts it from, {@code
   * <data root>/bin/drydock-init}, mode 0755 so that any container user can run it; written to a
   * temp file and renamed, so a running container's init is never changed under it.
   */
  static void installInit(Path dataRoot) {
    Path target = new io.drydock.engine.container.service.ContainerFiles(dataRoot.resolve("containers")).initBinary();
    try {
      byte[] bytes = Files.readAllBytes(HelperBinary.locate(HelperBinary.INIT));
      if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        return;
      }
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".init-", ".tmp");
      Files.write(tmp, bytes);
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DrydockException.SystemError("install the init binary at " + target + ": " + e.getMessage(), e);
    }
  }

  /** The containers that use an image, for image delete and prune. */
  static ImageUsers imageUsers(ContainerIndex containers) {
    return image -> containers.all().stream()
        .filter(c -> c.imageId().equals(image.toString()))
        .map(c -> new ImageUsers.User(c.id(), c.status().isRunning()))
        .toList();
  }

  /** The bytes of the static hello binary the build made, for the built-in {@code hello} image. */
  private static byte[] helloBinary() {
    try {
      return Files.readAllBytes(HelperBinary.locate(HelperBinary.HELLO));
    } catch (IOException e) {
      throw new DrydockException.SystemError("read the hello binary: " + e.getMessage(), e);
    }
  }

  private static EngineSettings settings(DaemonOptions options) {
    List<RuntimeEntry> runtimes = new ArrayList<>();
    runtimes.add(new RuntimeEntry("drydock", "drydock", List.of("runtime")));
    which("runc").ifPresent(p -> runtimes.add(new RuntimeEntry("runc", p.toString(), List.of())));
    if (runtimes.stream().noneMatch(r -> r.name().equals(options.defaultRuntime()))) {
      throw new DrydockException.InvalidArgument("default runtime " + options.defaultRuntime() + " is not available");
    }
    return new EngineSettings(
        EngineId.loadOrCreate(options.dataRoot()),
        VersionProvider.version(),
        VersionProvider.gitCommit(),
        VersionProvider.buildTime(),
        options.dataRoot(),
        options.execRoot(),
        "overlay2",
        options.logDefault().driver(),
        "cgroupfs",
        runtimes,
        options.defaultRuntime(),
        options.logLevel().equals("debug"));
  }

  private static Optional<Path> which(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static void createPrivateDir(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException e) {
      throw new DrydockException.SystemError("create " + dir + ": " + e.getMessage(), e);
    }
  }

  void awaitShutdown() throws InterruptedException {
    server.awaitClosed();
  }

  @Override
  public void close() {
    LOG.info("drydock shutting down");
    server.close();
    for (AutoCloseable part : engine) {
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("closing {}: {}", part.getClass().getSimpleName(), e.toString());
      }
    }
    pidfile.close();
  }
}
