/**
 * The command line and the composition root: {@code drydock daemon}, {@code drydock runtime} (the
 * OCI runtime command line), {@code drydock audit} and {@code drydock conformance}. Here the layers
 * are wired together by constructor injection.
 *
 * <p>May use every layer. Holds no domain logic: a command parses its flags, builds the objects it
 * needs and calls them.
 */
package io.drydock.cli;
