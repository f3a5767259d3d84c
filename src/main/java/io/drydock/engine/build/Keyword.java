package io.drydock.engine.build;

import java.util.Locale;
import java.util.Optional;

/** The Dockerfile instructions dockerd 20.10's classic builder knows; anything else is a parse error. */
public enum Keyword {
  FROM, RUN, CMD, ENTRYPOINT, ENV, LABEL, MAINTAINER, EXPOSE, VOLUME, USER, WORKDIR, COPY, ADD, ARG, ONBUILD, STOPSIGNAL, HEALTHCHECK, SHELL;

  static Optional<Keyword> of(String word) {
    try {
      return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
