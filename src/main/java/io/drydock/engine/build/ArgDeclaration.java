package io.drydock.engine.build;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.function.Function;

/** {@code ARG name[=default]}: the name and its default (null: none), substituted as dockerd does. */
record ArgDeclaration(String name, String defaultValue) {
  static ArgDeclaration parse(String arguments, char escape, Function<String, String> env) {
    List<String> words = ArgumentWords.split(arguments, escape);
    if (words.size() != 1) {
      throw new DrydockException.InvalidArgument("ARG requires exactly one argument");
    }
    String w = words.get(0);
    int eq = w.indexOf('=');
    if (eq < 0) {
      return new ArgDeclaration(ShellLex.word(w, env, escape), null);
    }
    if (eq == 0) {
      throw new DrydockException.InvalidArgument("ARG names can not be blank");
    }
    return new ArgDeclaration(ShellLex.word(w.substring(0, eq), env, escape), ShellLex.word(w.substring(eq + 1), env, escape));
  }
}
