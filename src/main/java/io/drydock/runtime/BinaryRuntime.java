package io.drydock.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.DrydockException;
import io.drydock.common.Signal;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.State;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Any OCI runtime binary with runc's command line (runc, crun, {@code drydock runtime}) behind
 * {@link OciRuntime}: one process per verb. Its errors arrive as text on stderr; this edge is the
 * only place that classifies such text ({@link BinaryRuntimeErrors}, by runc's and crun's phrases).
 */
public final class BinaryRuntime implements OciRuntime, CgroupControl {
  private final Path binary;
  private final Path root;
  private volatile Boolean keeps;

  public BinaryRuntime(Path binary, Path root) {
    this.binary = binary;
    this.root = root;
  }

  private record Result(int code, String out, String err) {}

  private Result exec(HelperSession.Stdio stdio, String... args) {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--root", root.toString()));
    cmd.addAll(List.of(args));
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(stdio.in()).redirectError(Redirect.PIPE);
      boolean capture = stdio.out() == Redirect.PIPE;
      pb.redirectOutput(capture ? Redirect.PIPE : stdio.out());
      Process p = pb.start();
      String out = capture ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
      int code = p.waitFor();
      return new Result(code, out, available(p.getErrorStream()));
    } catch (IOException e) {
      throw new DrydockException.SystemError("run " + binary + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DrydockException.SystemError("interrupted running " + binary, e);
    }
  }

  /** What the runtime wrote to stderr before exiting; the container may still hold the pipe open. */
  private static String available(java.io.InputStream err) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    int n;
    while ((n = err.available()) > 0) {
      b.write(err.readNBytes(n));
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private Result check(Result r, String verb) {
    if (r.code() == 0) {
      return r;
    }
    throw BinaryRuntimeErrors.classify(binary.getFileName().toString(), verb, r.err());
  }

  private Result run(String verb, String... args) {
    List<String> all = new ArrayList<>(List.of(verb));
    all.addAll(List.of(args));
    return check(exec(new HelperSession.Stdio(Redirect.PIPE, Redirect.PIPE, Redirect.PIPE), all.toArray(String[]::new)), verb);
  }

  /**
   * Whether {@code run --keep} leaves the stopped container (and its cgroup, with the OOM count)
   * until delete: runc has the flag, crun only from 1.15. Read from {@code run --help}, once.
   */
  public boolean keepsStoppedContainersAfterRun() {
    Boolean k = keeps;
    if (k == null) {
      Result help = exec(new HelperSession.Stdio(Redirect.PIPE, Redirect.PIPE, Redirect.PIPE), "run", "--help");
      k = keeps = (help.out() + help.err()).contains("--keep");
    }
    return k;
  }

  @Override
  public void create(RuntimeId id, Path bundle, CreateOptions options) {
    List<String> args = new ArrayList<>(List.of("create", "--bundle", bundle.toAbsolutePath().toString()));
    options.pidFile().ifPresent(p -> args.addAll(List.of("--pid-file", p.toString())));
    options.consoleSocket().ifPresent(p -> args.addAll(List.of("--console-socket", p.toAbsolutePath().toString())));
    args.add(id.value());
    HelperSession.Stdio s = options.stdio();
    Redirect out = s.out() == Redirect.PIPE || s.out() == Redirect.INHERIT ? Redirect.DISCARD : s.out();
    check(exec(new HelperSession.Stdio(Redirect.PIPE, out, Redirect.PIPE), args.toArray(String[]::new)), "create");
  }

  @Override
  public void start(RuntimeId id) {
    run("start", id.value());
  }

  @Override
  public State state(RuntimeId id) {
    return toState(parse(run("state", id.value()).out()));
  }

  @Override
  public void kill(RuntimeId id, Signal signal, boolean all) {
    if (all) {
      run("kill", "--all", id.value(), Integer.toString(signal.number()));
    } else {
      run("kill", id.value(), Integer.toString(signal.number()));
    }
  }

  @Override
  public void delete(RuntimeId id, boolean force) {
    if (force) {
      run("delete", "--force", id.value());
    } else {
      run("delete", id.value());
    }
  }

  @Override
  public List<State> list() {
    JsonNode arr = parse(run("list", "--format", "json").out());
    List<State> out = new ArrayList<>();
    if (arr.isArray()) {
      arr.forEach(n -> out.add(toState(n)));
    }
    return out;
  }

  @Override
  public OptionalInt awaitExit(RuntimeId id, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!state(id).status().equals("stopped")) {
      if (System.nanoTime() > deadline) {
        throw new DrydockException.Unavailable("container " + id + " still running after " + timeout, null);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DrydockException.SystemError("interrupted", e);
      }
    }
    return OptionalInt.empty();
  }

  @Override
  public void pause(RuntimeId id) {
    requireStatus(id, "pause", "running");
    run("pause", id.value());
  }

  @Override
  public void resume(RuntimeId id) {
    requireStatus(id, "resume", "paused");
    run("resume", id.value());
  }

  /**
   * A Conflict unless the container is in {@code status}: crun pauses a paused container (and
   * resumes a running one) without a word, where runc and drydock refuse, so this edge asks first.
   */
  private void requireStatus(RuntimeId id, String verb, String status) {
    String now = state(id).status();
    if (!now.equals(status)) {
      throw new DrydockException.Conflict("cannot " + verb + " container " + id.value() + ": it is " + now + ", not " + status);
    }
  }

  @Override
  public void update(RuntimeId id, io.drydock.runtime.spec.Resources resources) {
    java.nio.file.Path file = null;
    try {
      file = java.nio.file.Files.createTempFile("resources-", ".json");
      java.nio.file.Files.write(file, SpecCodec.mapper().writeValueAsBytes(resources));
      run("update", "-r", file.toString(), id.value());
    } catch (IOException e) {
      throw new DrydockException.SystemError("write resources for " + binary + " update: " + e.getMessage(), e);
    } finally {
      deleteQuietly(file);
    }
  }

  @Override
  public io.drydock.runtime.cgroup.CgroupStats stats(RuntimeId id) {
    Result r = exec(new HelperSession.Stdio(Redirect.PIPE, Redirect.PIPE, Redirect.PIPE), "events", "--stats", id.value());
    if (r.code() != 0 && r.err().contains("unknown command")) {
      return cgroupOf(id).stats();
    }
    return RuncStatsJson.parse(parse(check(r, "events").out()).path("data"));
  }

  /**
   * The container's cgroup, read by drydock itself, for a binary without {@code events} (crun):
   * the path its bundle's config.json names, or {@code /<id>}, where runc and crun put a
   * container whose config names none.
   */
  private io.drydock.runtime.cgroup.CgroupManager cgroupOf(RuntimeId id) {
    Path config = Path.of(state(id).bundle()).resolve("config.json");
    io.drydock.runtime.spec.Linux linux = SpecCodec.read(config).linux();
    String path = linux == null || linux.cgroupsPath() == null ? id.value() : linux.cgroupsPath();
    return io.drydock.runtime.cgroup.CgroupManagers.onThisHost(path.startsWith("/") ? path.substring(1) : path);
  }

  private static void deleteQuietly(java.nio.file.Path file) {
    if (file == null) {
      return;
    }
    try {
      java.nio.file.Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temp file left in /tmp is harmless
    }
  }

  private static JsonNode parse(String json) {
    try {
      return SpecCodec.mapper().readTree(json.isBlank() ? "null" : json);
    } catch (IOException e) {
      throw new DrydockException.SystemError("unreadable runtime output: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static State toState(JsonNode n) {
    Map<String, String> annotations = n.has("annotations") && n.get("annotations").isObject()
        ? SpecCodec.mapper().convertValue(n.get("annotations"), Map.class) : Map.of();
    return new State(n.path("ociVersion").asText(null), n.path("id").asText(), n.path("status").asText(),
        n.path("pid").asInt(), n.path("bundle").asText(), annotations);
  }
}
