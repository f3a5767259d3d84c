package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.ImageConfig;
import io.drydock.engine.image.ImportChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The instructions that change only the image config (ENV, LABEL, MAINTAINER, EXPOSE, VOLUME,
 * USER, WORKDIR, STOPSIGNAL, CMD, ENTRYPOINT, SHELL, HEALTHCHECK) applied to a stage as dockerd's
 * dispatchers do, after substitution where dockerd substitutes; the rules they share with {@code
 * docker commit --change} (command forms, env replacement, ports, WORKDIR, STOPSIGNAL) are
 * {@link ImportChanges}'. Each returns the history line dockerd records ({@code /bin/sh -c #(nop)
 * ...}). Pure over the stage.
 */
final class MetadataSteps {
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
        s.config = s.config.withExposedPorts(ImportChanges.ports(s.config.exposedPorts(), ports));
        yield nop("EXPOSE " + String.join(" ", ports.stream().sorted().toList()));
      }
      case VOLUME -> volume(s, args, escape);
      case USER -> {
        s.config = s.config.withUser(one(s, args, escape, "USER"));
        yield nop("USER " + s.config.user());
      }
      case WORKDIR -> {
        s.config = s.config.withWorkingDir(ImportChanges.workdir(s.config.workingDir(), one(s, args, escape, "WORKDIR")));
        yield "#(nop) WORKDIR " + s.config.workingDir();
      }
      case STOPSIGNAL -> {
        String sig = ImportChanges.stopSignal(one(s, args, escape, "STOPSIGNAL"));
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
        s.config = s.config.withHealthcheck(HealthcheckArguments.parse(in.flags(), args));
        yield nop("HEALTHCHECK " + GoText.healthcheck(s.config.healthcheck()));
      }
      default -> throw new IllegalArgumentException(in.keyword() + " is not a metadata instruction");
    };
  }

  private static String nop(String text) {
    return "#(nop)  " + text;
  }

  /** Every pair is substituted with the values before this instruction ({@code ENV a=1 b=$a}: b gets the old a, as in dockerd). */
  private static String env(BuildStage s, String args, char escape) {
    Map<String, String> set = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : ArgumentWords.pairs(args, escape, "ENV").entrySet()) {
      set.put(ShellLex.word(e.getKey(), s::lookup, escape), ShellLex.word(e.getValue(), s::lookup, escape));
    }
    s.config = s.config.withEnv(ImportChanges.env(s.config.env(), set));
    List<String> shown = new ArrayList<>();
    set.forEach((k, v) -> shown.add(k + "=" + v));
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
    return ImportChanges.command(args, name, s.shell);
  }
}
