package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.container.health.Healthcheck;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImportChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The instructions that change only the image config (ENV, LABEL, MAINTAINER, EXPOSE, VOLUME,
 * USER, WORKDIR, STOPSIGNAL, CMD, ENTRYPOINT, SHELL, HEALTHCHECK) applied to a stage as dockerd's
 * dispatchers do, after substitution where dockerd substitutes. Each returns the history line
 * dockerd records ({@code /bin/sh -c #(nop) ...}). Pure over the stage.
 */
final class MetadataSteps {
  private static final Pattern SIGNAL = Pattern.compile("(SIG)?[A-Z0-9+-]+|[0-9]+");

  private MetadataSteps() {}

  static boolean handles(Keyword k) {
    return switch (k) {
      case ENV, LABEL, MAINTAINER, EXPOSE, VOLUME, USER, WORKDIR, STOPSIGNAL, CMD, ENTRYPOINT, SHELL, HEALTHCHECK -> true;
      default -> false;
    };
  }

  static String apply(BuildStage s, Instruction in, char escape) {
    String args = in.arguments();
    return switch (in.keyword()) {
      case ENV -> env(s, args, escape);
      case LABEL -> label(s, args, escape);
      case MAINTAINER -> {
        s.author = args;
        yield nop("MAINTAINER " + args);
      }
      case EXPOSE -> {
        List<String> ports = words(s, args, escape, "EXPOSE");
        s.config = ImportChanges.apply(s.config, List.of("EXPOSE " + String.join(" ", ports)));
        yield nop("EXPOSE " + String.join(" ", ports.stream().sorted().toList()));
      }
      case VOLUME -> volume(s, args, escape);
      case USER -> {
        s.config = s.config.withUser(one(s, args, escape, "USER"));
        yield nop("USER " + s.config.user());
      }
      case WORKDIR -> {
        s.config = s.config.withWorkingDir(workdir(s.config.workingDir(), one(s, args, escape, "WORKDIR")));
        yield "#(nop) WORKDIR " + s.config.workingDir();
      }
      case STOPSIGNAL -> {
        String sig = one(s, args, escape, "STOPSIGNAL");
        if (!SIGNAL.matcher(sig).matches()) {
          throw new DrydockException.InvalidArgument("Invalid signal: " + sig);
        }
        s.config = s.config.withStopSignal(sig);
        yield nop("STOPSIGNAL " + sig);
      }
      case CMD -> {
        s.config = s.config.withCmd(command(s, args, "CMD"));
        s.cmdSet = true;
        yield nop("CMD " + GoText.quoted(s.config.cmd()));
      }
      case ENTRYPOINT -> {
        ImageConfig next = s.config.withEntrypoint(command(s, args, "ENTRYPOINT"));
        s.config = s.cmdSet ? next : next.withCmd(List.of());
        yield nop("ENTRYPOINT " + GoText.quoted(s.config.entrypoint()));
      }
      case SHELL -> {
        s.shell = ArgumentWords.json(args).filter(l -> !l.isEmpty())
            .orElseThrow(() -> new DrydockException.InvalidArgument("SHELL requires the arguments to be in JSON form"));
        yield nop("SHELL " + GoText.plain(s.shell));
      }
      case HEALTHCHECK -> {
        s.config = withHealthcheck(s.config, HealthcheckArguments.parse(in.flags(), args, s.shell));
        yield nop("HEALTHCHECK " + GoText.healthcheck(s.config.healthcheck()));
      }
      default -> throw new IllegalArgumentException(in.keyword() + " is not a metadata instruction");
    };
  }

  private static String nop(String text) {
    return "#(nop)  " + text;
  }

  private static String env(BuildStage s, String args, char escape) {
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, String> e : ArgumentWords.pairs(args, escape, "ENV").entrySet()) {
      String key = ShellLex.word(e.getKey(), s::lookup, escape);
      String value = ShellLex.word(e.getValue(), s::lookup, escape);
      List<String> env = new ArrayList<>();
      s.config.env().stream().filter(x -> !x.startsWith(key + "=") && !x.equals(key)).forEach(env::add);
      env.add(key + "=" + value);
      s.config = s.config.withEnv(env);
      shown.add(key + "=" + value);
    }
    return nop("ENV " + String.join(" ", shown));
  }

  private static String label(BuildStage s, String args, char escape) {
    Map<String, String> labels = new TreeMap<>(s.config.labels());
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, String> e : ArgumentWords.pairs(args, escape, "LABEL").entrySet()) {
      String key = ShellLex.word(e.getKey(), s::lookup, escape);
      String value = ShellLex.word(e.getValue(), s::lookup, escape);
      labels.put(key, value);
      shown.add(key + "=" + value);
    }
    s.config = s.config.withLabels(labels);
    return nop("LABEL " + String.join(" ", shown));
  }

  private static String volume(BuildStage s, String args, char escape) {
    List<String> raw = ArgumentWords.json(args).orElseGet(() -> ArgumentWords.split(args, escape));
    if (raw.isEmpty()) {
      throw new DrydockException.InvalidArgument("VOLUME requires at least one argument");
    }
    Set<String> volumes = new LinkedHashSet<>(s.config.volumes());
    List<String> added = new ArrayList<>();
    for (String r : raw) {
      String v = ShellLex.word(r, s::lookup, escape).strip();
      if (v.isEmpty()) {
        throw new DrydockException.InvalidArgument("VOLUME specified can not be an empty string");
      }
      volumes.add(v);
      added.add(v);
    }
    s.config = s.config.withVolumes(volumes);
    return nop("VOLUME " + GoText.plain(added));
  }

  private static List<String> words(BuildStage s, String args, char escape, String name) {
    List<String> out = ShellLex.words(args, s::lookup, escape);
    if (out.isEmpty()) {
      throw new DrydockException.InvalidArgument(name + " requires at least one argument");
    }
    return out;
  }

  private static String one(BuildStage s, String args, char escape, String name) {
    List<String> raw = ArgumentWords.split(args, escape);
    if (raw.size() != 1) {
      throw new DrydockException.InvalidArgument(name + " requires exactly one argument");
    }
    return ShellLex.word(raw.get(0), s::lookup, escape);
  }

  /** The exec form as given; the shell form through the stage's shell. */
  static List<String> command(BuildStage s, String args, String name) {
    return ArgumentWords.json(args).orElseGet(() -> {
      if (args.isEmpty()) {
        throw new DrydockException.InvalidArgument(name + " requires at least one argument");
      }
      List<String> cmd = new ArrayList<>(s.shell);
      cmd.add(args);
      return cmd;
    });
  }

  static String workdir(String current, String dir) {
    if (dir.startsWith("/")) {
      return Path.of(dir).normalize().toString();
    }
    return Path.of(current.isEmpty() ? "/" : current).resolve(dir).normalize().toString();
  }

  private static ImageConfig withHealthcheck(ImageConfig c, Healthcheck h) {
    return new ImageConfig(c.env(), c.cmd(), c.entrypoint(), c.workingDir(), c.user(), c.labels(), c.exposedPorts(), c.volumes(),
        c.stopSignal(), h);
  }
}
