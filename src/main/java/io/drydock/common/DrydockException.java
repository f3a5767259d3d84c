package io.drydock.common;

/**
 * Root of drydock's error hierarchy. Every layer throws one of the sealed classes below; only the
 * API edge translates a class into an HTTP status, so status codes cannot drift between handlers.
 * Messages say what was wrong in dockerd's words, because clients read them.
 */
public abstract sealed class DrydockException extends RuntimeException
    permits DrydockException.NotFound,
        DrydockException.InvalidArgument,
        DrydockException.Conflict,
        DrydockException.NotModified,
        DrydockException.Unauthorized,
        DrydockException.Forbidden,
        DrydockException.Unavailable,
        DrydockException.NotImplemented,
        DrydockException.SystemError {

  protected DrydockException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The class of error, for the one mapping at the edge. */
  public abstract ErrorKind kind();

  /** The object asked for does not exist. */
  public static non-sealed class NotFound extends DrydockException {
    public NotFound(String message) {
      super(message, null);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.NOT_FOUND;
    }
  }

  /** The request itself is wrong: a malformed value, a missing field, an unknown option. */
  public static non-sealed class InvalidArgument extends DrydockException {
    public InvalidArgument(String message) {
      super(message, null);
    }

    public InvalidArgument(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.INVALID_ARGUMENT;
    }
  }

  /** The request clashes with the current state: a taken name, an object in use, a wrong state. */
  public static non-sealed class Conflict extends DrydockException {
    public Conflict(String message) {
      super(message, null);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.CONFLICT;
    }
  }

  /** Nothing to do: the object is already in the state asked for. */
  public static non-sealed class NotModified extends DrydockException {
    public NotModified(String message) {
      super(message, null);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.NOT_MODIFIED;
    }
  }

  /** Credentials are missing or were refused. */
  public static non-sealed class Unauthorized extends DrydockException {
    public Unauthorized(String message) {
      super(message, null);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.UNAUTHORIZED;
    }
  }

  /** The operation is understood but not allowed. */
  public static non-sealed class Forbidden extends DrydockException {
    public Forbidden(String message) {
      super(message, null);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.FORBIDDEN;
    }
  }

  /** A needed service or resource cannot be reached now; trying later may work. */
  public static non-sealed class Unavailable extends DrydockException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.UNAVAILABLE;
    }
  }

  /** drydock does not implement this (yet); said plainly instead of pretending. */
  public static non-sealed class NotImplemented extends DrydockException {
    public NotImplemented(String message) {
      super(message, null);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.NOT_IMPLEMENTED;
    }
  }

  /** Something failed inside drydock or the kernel; the message names the step and the errno. */
  public static non-sealed class SystemError extends DrydockException {
    public SystemError(String message) {
      super(message, null);
    }

    public SystemError(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.SYSTEM;
    }
  }
}
