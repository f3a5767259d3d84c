/**
 * The seccomp compiler: turns an OCI {@code linux.seccomp} profile into the classic-BPF program the
 * native helper installs with {@code seccomp(SECCOMP_SET_MODE_FILTER)}, plus Docker's default
 * profile. It exists in Java so that the filter is a pure, testable decision (a jqwik property runs
 * compiled programs through an interpreter against a reference evaluation of the profile), and the
 * C helper only copies bytes into the kernel.
 *
 * <p>Owns: the profile model ({@link io.drydock.runtime.seccomp.SeccompProfile}), the per-arch
 * syscall tables under {@code src/main/resources/io/drydock/runtime/seccomp/}, the BPF program
 * layout and Docker's default profile. May use: {@code io.drydock.common}, Jackson (only to read its
 * own {@code default.json}). It must not touch the OCI spec model ({@code runtime.spec}), the
 * native helper, files outside its resources, or the kernel: it does no I/O.
 */
package io.drydock.runtime.seccomp;
