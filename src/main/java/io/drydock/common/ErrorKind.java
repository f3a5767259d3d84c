package io.drydock.common;

/** The closed set of error classes; the API edge maps each to exactly one HTTP status. */
public enum ErrorKind {
  NOT_FOUND,
  INVALID_ARGUMENT,
  CONFLICT,
  NOT_MODIFIED,
  UNAUTHORIZED,
  FORBIDDEN,
  UNAVAILABLE,
  NOT_IMPLEMENTED,
  SYSTEM
}
