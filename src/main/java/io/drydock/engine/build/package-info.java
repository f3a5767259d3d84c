/**
 * The classic builder ({@code POST /build}, dockerd 20.10's builder without BuildKit): a
 * Dockerfile is parsed into {@link io.drydock.engine.build.Instruction}s (pure: line joining,
 * comments, the {@code escape} directive, exec and shell forms), variables are substituted as
 * dockerd's shell lexer does ({@link io.drydock.engine.build.ShellLex}), and each step makes a new
 * image: metadata steps change only the config, RUN runs a container from the current image and
 * commits its writable layer, COPY/ADD write context files into a container's root and commit it,
 * ONBUILD records triggers that a later FROM of the image runs.
 *
 * <p>It reuses what the engine has rather than keeping copies: the layer unpacker (in its literal
 * mode, for the context and ADD's archives) and its compression sniffer, the container tree's tar
 * writer ({@code TreeTar}) for COPY, and {@code ImportChanges}' config rules for the metadata steps.
 *
 * <p>May use the engine's container service (create, attach, start, wait, remove, commit) and the
 * image store; owns nothing on disk but a scratch directory per build (the extracted context),
 * removed when the build ends. It must not import the API (the route adapts
 * {@link io.drydock.engine.build.BuildOutput} to the JSON stream) nor the supervisor's tasks.
 */
package io.drydock.engine.build;
