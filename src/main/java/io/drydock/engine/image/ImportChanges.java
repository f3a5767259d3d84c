package io.drydock.engine.image;

import com.fasterxml.jackson.core.type.TypeReference;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Dockerfile instructions {@code docker import --change} and {@code docker commit --change}
 * accept (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR), applied to a
 * config as dockerd's {@code BuildFromConfig} does — a pure function, so each rule is testable
 * without a daemon. Anything else is refused with dockerd's {@code x is not a valid change command}.
 * The builder's metadata steps use the same rules (command forms, env replacement, ports, WORKDIR,
 * STOPSIGNAL) after their own substitution.
 */
public final class ImportChanges {
  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/(tcp|udp|sctp))?");
  private static final Pattern SIGNAL = Pattern.compile("(SIG)?[A-Z0-9+-]+|[0-9]+");

  private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

  private ImportChanges() {}

  public static ImageConfig apply(ImageConfig base, List<String> changes) {
    ImageConfig c = base;
    boolean cmdSet = false;
    for (String change : changes) {
      for (String line : change.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int space = indexOfWhitespace(trimmed);
        String instruction = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : trimmed.substring(space).strip();
        if (instruction.equals("cmd")) {
          cmdSet = true;
        }
        c = applyOne(c, instruction, args, cmdSet);
      }
    }
    return c;
  }

  private static ImageConfig applyOne(ImageConfig c, String instruction, String args, boolean cmdSet) {
    String name = instruction.toUpperCase(Locale.ROOT);
    return switch (instruction) {
      case "cmd" -> c.withCmd(command(args, name, DEFAULT_SHELL));
      case "entrypoint" -> {
        ImageConfig next = c.withEntrypoint(command(args, name, DEFAULT_SHELL));
        yield cmdSet ? next : next.withCmd(List.of());
      }
      case "env" -> c.withEnv(env(c.env(), pairs(args, name)));
      case "label" -> {
        Map<String, String> labels = new TreeMap<>(c.labels());
        labels.putAll(pairs(args, name));
        yield c.withLabels(labels);
      }
      case "expose" -> {
        List<String> words = ShellWords.split(args);
        if (words.isEmpty()) {
          throw atLeastOne("EXPOSE");
        }
        yield c.withExposedPorts(ports(c.exposedPorts(), words));
      }
      case "volume" -> c.withVolumes(volumes(c.volumes(), args));
      case "workdir" -> c.withWorkingDir(workdir(c.workingDir(), exactlyOne(args, name)));
      case "user" -> c.withUser(exactlyOne(args, name));
      case "stopsignal" -> c.withStopSignal(stopSignal(exactlyOne(args, name)));
      default -> throw new DrydockException.InvalidArgument(instruction + " is not a valid change command");
    };
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * CMD and ENTRYPOINT: the exec form when the argument is a JSON array of strings, else the shell
   * form, run by {@code shell} (the builder passes its stage's SHELL).
   */
  public static List<String> command(String args, String name, List<String> shell) {
    Optional<List<String>> json = execForm(args);
    if (json.isPresent()) {
      return json.get();
    }
    if (args.isEmpty()) {
      throw atLeastOne(name);
    }
    List<String> cmd = new ArrayList<>(shell);
    cmd.add(args);
    return cmd;
  }

  /** The exec (JSON) form: a JSON array of strings; empty for anything else, which is the shell form. */
  public static Optional<List<String>> execForm(String args) {
    if (!args.startsWith("[")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ImageJson.JSON.readValue(args, new TypeReference<List<String>>() {}));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> pairs(String args, String name) {
    List<String> words = ShellWords.split(args);
    if (words.isEmpty()) {
      throw atLeastOne(name);
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (!words.get(0).contains("=")) {
      if (words.size() < 2) {
        throw new DrydockException.InvalidArgument(name + " must have two arguments");
      }
      String value = args.strip().substring(args.strip().indexOf(words.get(0)) + words.get(0).length()).strip();
      out.put(words.get(0), String.join(" ", ShellWords.split(value)));
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw new DrydockException.InvalidArgument("Syntax error - can't find = in \"" + w + "\". Must be of the form: name=value");
      }
      out.put(w.substring(0, eq), w.substring(eq + 1));
    }
    return out;
  }

  /** {@code current} with each of {@code set} replacing its key's entry (appended in {@code set}'s order). */
  public static List<String> env(List<String> current, Map<String, String> set) {
    List<String> out = new ArrayList<>();
    for (String e : current) {
      String key = e.contains("=") ? e.substring(0, e.indexOf('=')) : e;
      if (!set.containsKey(key)) {
        out.add(e);
      }
    }
    set.forEach((k, v) -> out.add(k + "=" + v));
    return out;
  }

  /** {@code current} plus the ports {@code words} name ({@code 80}, {@code 53/udp}, {@code 8000-8002}), dockerd's {@code Invalid containerPort: x}. */
  public static Set<String> ports(Set<String> current, List<String> words) {
    Set<String> out = new LinkedHashSet<>(current);
    for (String w : words) {
      var m = PORT.matcher(w.toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new DrydockException.InvalidArgument("Invalid containerPort: " + w);
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      String proto = m.group(3) == null ? "tcp" : m.group(3);
      if (from < 1 || to > 65535 || to < from) {
        throw new DrydockException.InvalidArgument("Invalid containerPort: " + w);
      }
      for (int p = from; p <= to; p++) {
        out.add(p + "/" + proto);
      }
    }
    return out;
  }

  private static Set<String> volumes(Set<String> current, String args) {
    List<String> paths = execForm(args).orElseGet(() -> ShellWords.split(args));
    if (paths.isEmpty()) {
      throw atLeastOne("VOLUME");
    }
    Set<String> out = new LinkedHashSet<>(current);
    for (String p : paths) {
      if (p.isBlank()) {
        throw new DrydockException.InvalidArgument("VOLUME specified can not be an empty string");
      }
      out.add(p.strip());
    }
    return out;
  }

  /** WORKDIR: an absolute {@code dir} cleaned, a relative one resolved against {@code current} (or {@code /}). */
  public static String workdir(String current, String dir) {
    if (dir.startsWith("/")) {
      return java.nio.file.Path.of(dir).normalize().toString();
    }
    String base = current.isEmpty() ? "/" : current;
    return java.nio.file.Path.of(base).resolve(dir).normalize().toString();
  }

  /** STOPSIGNAL's value when it looks like a signal (a name or number), else dockerd's {@code Invalid signal: x}. */
  public static String stopSignal(String s) {
    if (!SIGNAL.matcher(s).matches()) {
      throw new DrydockException.InvalidArgument("Invalid signal: " + s);
    }
    return s;
  }

  private static String exactlyOne(String args, String name) {
    List<String> words = ShellWords.split(args);
    if (words.size() != 1) {
      throw new DrydockException.InvalidArgument(name + " requires exactly one argument");
    }
    return words.get(0);
  }

  private static DrydockException atLeastOne(String name) {
    return new DrydockException.InvalidArgument(name + " requires at least one argument");
  }
}
