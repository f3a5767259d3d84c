package io.drydock.os;

/**
 * A loaded eBPF program, held by its file descriptor. The kernel keeps the program while this fd
 * or an attachment refers to it, so closing the handle after attaching leaves the program in force
 * and leaks nothing; a program never attached is freed on close.
 */
public final class BpfProgram implements AutoCloseable {
  private final int fd;
  private boolean closed;

  BpfProgram(int fd) {
    this.fd = fd;
  }

  int fd() {
    return fd;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      BpfCalls.closeFd(fd);
    }
  }
}
