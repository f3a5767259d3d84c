package io.drydock.cli;

import io.drydock.runtime.RuntimeFeatures;
import io.drydock.runtime.spec.SpecCodec;
import picocli.CommandLine.Command;

/** {@code features}: what this runtime implements, as features-schema.json JSON. */
@Command(name = "features", description = "Print the features this runtime supports.")
final class RuntimeFeaturesCommand extends RuntimeVerb {
  @Override
  int run() {
    try {
      out().println(SpecCodec.mapper().writeValueAsString(RuntimeFeatures.describe()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new io.drydock.common.DrydockException.SystemError("encode features: " + e.getOriginalMessage(), e);
    }
    return 0;
  }
}
