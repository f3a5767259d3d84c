/**
 * Device cgroup rules as an eBPF program ({@code BPF_PROG_TYPE_CGROUP_DEVICE}), the only way the
 * cgroup v2 hierarchy enforces them: a device filter value (a default plus the devices excepted from
 * it), the instruction encoding, the compiler from one to the other, and the installer that loads
 * the program and attaches it to a cgroup directory in place of the previous one.
 *
 * <p>Owns: the bytes of the program and its attachment to one cgroup directory. May use:
 * {@code io.drydock.os} (the bpf(2) calls), {@code io.drydock.common} and the JDK. It must not know
 * the OCI model or how rules are written for v1: {@code runtime.cgroup} replays the ordered rules
 * into a {@link io.drydock.runtime.cgroup.bpf.DeviceFilter} and hands that over.
 */
package io.drydock.runtime.cgroup.bpf;
