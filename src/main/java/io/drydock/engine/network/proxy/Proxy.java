package io.drydock.engine.network.proxy;

/** A running proxy for one published port; closing it closes the listener and every forwarded flow. */
public interface Proxy extends AutoCloseable {
  @Override
  void close();
}
