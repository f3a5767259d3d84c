/**
 * The conformance runner behind {@code drydock conformance}: runs the scenarios of
 * {@code features/} against any number of engines (drydock, dockerd, podman — anything with the
 * Engine API on a unix socket or TCP), one in-process Cucumber run per engine, and writes the
 * side-by-side table scenario × engine as Markdown and JUnit XML. Like its glue
 * ({@code io.drydock.conformance.glue}) it treats every engine as a black box and imports no other
 * drydock package, so drydock is judged by the same code as its peers.
 */
package io.drydock.conformance;
