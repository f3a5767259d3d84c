package io.drydock.runtime;

import io.drydock.common.DrydockException;
import java.util.regex.Pattern;

/** A container id as the OCI runtime knows it: runc's charset, never {@code /}, {@code .} or {@code ..}. */
public record RuntimeId(String value) {
  private static final Pattern ID = Pattern.compile("^[\\w+.-]{1,1024}$");

  public RuntimeId {
    if (value == null || !ID.matcher(value).matches() || value.equals(".") || value.equals("..")) {
      throw new DrydockException.InvalidArgument("invalid id format: " + value);
    }
  }

  public static RuntimeId of(String value) {
    return new RuntimeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
