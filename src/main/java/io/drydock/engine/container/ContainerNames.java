package io.drydock.engine.container;

import io.drydock.common.DrydockException;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Docker's container-name rules as pure functions: which names are valid, how a name is stored
 * (with a leading {@code /}), and the generated {@code adjective_surname} names. Reserving a name
 * against the others is {@link ContainerIndex}'s job.
 */
public final class ContainerNames {
  /** The character rule, spelled as dockerd spells it in its error message. */
  private static final String ALLOWED = "[a-zA-Z0-9][a-zA-Z0-9_.-]";

  private static final Pattern VALID = Pattern.compile(ALLOWED + "+");

  /** Attempts with a plain then suffixed generated name before falling back to the short id. */
  static final int GENERATED_ATTEMPTS = 6;

  private ContainerNames() {}

  /**
   * The stored form of a requested name: validated and prefixed with {@code /}. An invalid name is
   * dockerd's {@code InvalidArgument}, quoting the name as it was given.
   */
  public static String canonical(String requested) {
    String bare = requested == null ? "" : stripSlash(requested);
    if (!VALID.matcher(bare).matches()) {
      throw new DrydockException.InvalidArgument(invalid(requested));
    }
    return "/" + bare;
  }

  /** dockerd's words for a name that breaks the rule, quoting {@code name} as it is shown. */
  static String invalid(String name) {
    return "Invalid container name (" + name + "), only " + ALLOWED + " are allowed";
  }

  /** Whether {@code requested} (with or without {@code /}) would be accepted. */
  public static boolean isValid(String requested) {
    return requested != null && VALID.matcher(stripSlash(requested)).matches();
  }

  /**
   * A generated name, without the slash. Attempt 0 is {@code adjective_surname}; later attempts
   * append one random digit, as moby does after a collision.
   */
  public static String generate(RandomGenerator random, int attempt) {
    String name =
        NameWords.ADJECTIVES.get(random.nextInt(NameWords.ADJECTIVES.size()))
            + "_"
            + NameWords.SURNAMES.get(random.nextInt(NameWords.SURNAMES.size()));
    return attempt > 0 ? name + random.nextInt(10) : name;
  }

  static String stripSlash(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }
}
