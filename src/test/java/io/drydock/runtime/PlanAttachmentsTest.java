package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.DrydockException;
import io.drydock.runtime.cgroup.CgroupResources;
import io.drydock.runtime.cgroup.CgroupStats;
import io.drydock.runtime.seccomp.SeccompAction;
import io.drydock.runtime.seccomp.SeccompProfile;
import io.drydock.runtime.spec.DefaultSpec;
import io.drydock.runtime.spec.Resources;
import io.drydock.runtime.spec.Seccomp;
import io.drydock.runtime.spec.Spec;
import io.drydock.runtime.spec.SpecCodec;
import io.drydock.runtime.spec.Syscall;
import io.drydock.runtime.spec.SyscallArg;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** config.json → cgroup path, CgroupResources and seccomp profile, without a kernel. */
class PlanAttachmentsTest {
  private static Resources resources(String json) throws Exception {
    return SpecCodec.mapper().readValue(json, Resources.class);
  }

  @Test
  void everySupportedResourceReachesTheCgroupModel() throws Exception {
    Resources r = resources("""
        {"memory": {"limit": 67108864, "reservation": 33554432, "swap": 134217728, "swappiness": 10},
         "cpu": {"shares": 512, "quota": 50000, "period": 100000, "cpus": "0-1", "mems": "0",
                 "realtimePeriod": 500000, "realtimeRuntime": 10000},
         "pids": {"limit": 64},
         "blockIO": {"weight": 500, "weightDevice": [{"major": 8, "minor": 0, "weight": 300}],
                     "throttleReadBpsDevice": [{"major": 8, "minor": 0, "rate": 1048576}],
                     "throttleWriteIOPSDevice": [{"major": 8, "minor": 16, "rate": 100}]},
         "hugepageLimits": [{"pageSize": "2MB", "limit": 4194304}]}""");
    List<String> warnings = new ArrayList<>();
    CgroupResources c = CgroupResourcesTranslator.translate(r, "linux.resources", warnings);
    assertThat(c.memoryLimit()).hasValue(64L << 20);
    assertThat(c.memoryReservation()).hasValue(32L << 20);
    assertThat(c.memorySwap()).hasValue(128L << 20);
    assertThat(c.cpuShares()).hasValue(512);
    assertThat(c.cpuQuota()).hasValue(50000);
    assertThat(c.cpuPeriod()).hasValue(100000);
    assertThat(c.cpusetCpus()).hasValue("0-1");
    assertThat(c.cpusetMems()).hasValue("0");
    assertThat(c.memorySwappiness()).hasValue(10);
    assertThat(c.cpuRtPeriod()).hasValue(500000);
    assertThat(c.cpuRtRuntime()).hasValue(10000);
    assertThat(c.pidsLimit()).hasValue(64);
    assertThat(c.blkioWeight()).hasValue(500);
    assertThat(c.blkioDeviceWeights()).singleElement().hasFieldOrPropertyWithValue("weight", 300);
    assertThat(c.readBpsDevices()).singleElement().hasFieldOrPropertyWithValue("rate", 1048576L);
    assertThat(c.writeIopsDevices()).singleElement().hasFieldOrPropertyWithValue("minor", 16L);
    assertThat(c.hugepageLimits()).singleElement().hasFieldOrPropertyWithValue("pageSize", "2MB");
    assertThat(warnings).isEmpty();
  }

  @Test
  void zeroMeansLeaveAloneAndTheDeviceListBecomesDeviceRules() throws Exception {
    Spec spec = DefaultSpec.create(false, 0, 0);
    List<String> warnings = new ArrayList<>();
    Resources r = resources("""
        {"devices": [{"allow": false, "access": "rwm"}], "memory": {"limit": 0, "swap": 0},
         "cpu": {"shares": 0, "quota": 0}, "pids": {"limit": 0}}""");
    assertThat(CgroupResourcesTranslator.translate(r, "linux.resources", warnings)).isEqualTo(CgroupResources.none());
    assertThat(warnings).isEmpty();
    assertThat(CgroupResourcesTranslator.translate(spec.linux().resources(), "linux.resources", new ArrayList<>()))
        .isEqualTo(CgroupResources.none());
    assertThat(PlanAttachments.of(spec, RuntimeId.of("x")).resources().devices()).first()
        .hasFieldOrPropertyWithValue("allow", false).hasFieldOrPropertyWithValue("type", 'a');
  }

  @Test
  void swappinessMinusOneLeavesTheKernelsValueAndKernelMemoryIsIgnoredWithAWarningAsRunc() throws Exception {
    List<String> warnings = new ArrayList<>();
    CgroupResources c = CgroupResourcesTranslator.translate(
        resources("{\"memory\": {\"swappiness\": -1, \"kernel\": 20971520, \"kernelTCP\": 4194304}}"), "linux.resources", warnings);
    assertThat(c).isEqualTo(CgroupResources.none());
    assertThat(warnings).containsExactly(
        "linux.resources.memory: kernel memory settings are ignored (deprecated by the kernel), as runc ignores them");
  }

  @Test
  void unsupportedLimitsAndBadEntriesAreRefusedNamingTheField() throws Exception {
    assertThatThrownBy(() -> CgroupResourcesTranslator.translate(resources("{\"rdma\": {\"mlx\": {\"hcaHandles\": 1}}}"),
        "linux.resources", new ArrayList<>())).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("config.json: linux.resources.rdma is not supported by drydock's cgroup manager; leave it out");
    assertThatThrownBy(() -> CgroupResourcesTranslator.translate(
        resources("{\"blockIO\": {\"throttleReadBpsDevice\": [{\"major\": 8, \"rate\": 1}]}}"), "linux.resources", new ArrayList<>()))
        .hasMessage("config.json: linux.resources.blockIO.throttleReadBpsDevice[0].minor is required");
  }

  @Test
  void theCgroupPathDefaultsToDrydockIdAndAConfiguredOneIsRelativeToEveryHierarchy() {
    Spec spec = DefaultSpec.create(false, 0, 0);
    assertThat(ContainerCgroups.path(spec, RuntimeId.of("c1"))).isEqualTo("drydock/c1");
    assertThat(ContainerCgroups.path(SpecEdits.linux(spec, "/docker/abc", null, null), RuntimeId.of("c1"))).isEqualTo("docker/abc");
    assertThat(ContainerCgroups.path(SpecEdits.linux(spec, "a/b/", null, null), RuntimeId.of("c1"))).isEqualTo("a/b");
    assertThatThrownBy(() -> ContainerCgroups.path(SpecEdits.linux(spec, "/a/../../etc", null, null), RuntimeId.of("c1")))
        .isInstanceOf(DrydockException.InvalidArgument.class).hasMessageStartingWith("config.json: linux.cgroupsPath: ");
  }

  @Test
  void aSeccompObjectBecomesTheTypedProfile() {
    Seccomp s = new Seccomp("SCMP_ACT_ERRNO", 38L, List.of("SCMP_ARCH_X86_64", "SCMP_ARCH_X86"), null, null, null,
        List.of(new Syscall(List.of("read", "write"), "SCMP_ACT_ALLOW", null, null, Map.of()),
            new Syscall(List.of("personality"), "SCMP_ACT_ALLOW", null,
                List.of(new SyscallArg(0, 8L, null, "SCMP_CMP_EQ", Map.of())), Map.of())), Map.of());
    SeccompProfile p = SeccompTranslator.translate(s, "linux.seccomp");
    assertThat(p.defaultAction()).isEqualTo(SeccompAction.SCMP_ACT_ERRNO);
    assertThat(p.defaultErrnoRet()).hasValue(38);
    assertThat(p.architectures()).hasSize(2);
    assertThat(p.syscalls()).hasSize(2);
    assertThat(p.syscalls().get(1).args()).singleElement().hasFieldOrPropertyWithValue("value", 8L);
  }

  @Test
  void seccompErrorsNameTheField() {
    Seccomp noDefault = new Seccomp(null, null, null, null, null, null, null, Map.of());
    assertThatThrownBy(() -> SeccompTranslator.translate(noDefault, "linux.seccomp"))
        .hasMessage("config.json: linux.seccomp.defaultAction: is required");
    Seccomp badArch = new Seccomp("SCMP_ACT_ALLOW", null, List.of("SCMP_ARCH_PDP11"), null, null, null, null, Map.of());
    assertThatThrownBy(() -> SeccompTranslator.translate(badArch, "linux.seccomp"))
        .hasMessageStartingWith("config.json: linux.seccomp.architectures[0]: ");
    Seccomp badOp = new Seccomp("SCMP_ACT_ALLOW", null, null, null, null, null,
        List.of(new Syscall(List.of("read"), "SCMP_ACT_ERRNO", null,
            List.of(new SyscallArg(0, 1L, null, "SCMP_CMP_ALMOST", Map.of())), Map.of())), Map.of());
    assertThatThrownBy(() -> SeccompTranslator.translate(badOp, "linux.seccomp"))
        .hasMessageStartingWith("config.json: linux.seccomp.syscalls[0].args[0].op: unknown seccomp operator");
    Seccomp badIndex = new Seccomp("SCMP_ACT_ALLOW", null, null, null, null, null,
        List.of(new Syscall(List.of("read"), "SCMP_ACT_ERRNO", null,
            List.of(new SyscallArg(7, 1L, null, "SCMP_CMP_EQ", Map.of())), Map.of())), Map.of());
    assertThatThrownBy(() -> SeccompTranslator.translate(badIndex, "linux.seccomp"))
        .hasMessageStartingWith("config.json: linux.seccomp.syscalls[0].args[0]: seccomp argument index 7");
    Seccomp unknownName = new Seccomp("SCMP_ACT_ALLOW", null, null, null, null, null,
        List.of(new Syscall(List.of("frobnicate"), "SCMP_ACT_ERRNO", null, null, Map.of())), Map.of());
    Spec spec = SpecEdits.seccomp(DefaultSpec.create(false, 0, 0), unknownName);
    assertThatThrownBy(() -> PlanAttachments.of(spec, RuntimeId.of("x")))
        .hasMessageStartingWith("config.json: linux.seccomp: seccomp: unknown syscall \"frobnicate\"");
  }

  @Test
  void seccompFlagsAreValidatedAndGoToTheFilterStep() {
    Seccomp flagged = new Seccomp("SCMP_ACT_ALLOW", null, null, List.of("SECCOMP_FILTER_FLAG_LOG",
        "SECCOMP_FILTER_FLAG_SPEC_ALLOW", "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"), null, null,
        List.of(new Syscall(List.of("mkdir"), "SCMP_ACT_ERRNO", null, null, Map.of())), Map.of());
    PlanAttachments a = PlanAttachments.of(SpecEdits.seccomp(DefaultSpec.create(false, 0, 0), flagged), RuntimeId.of("x"));
    assertThat(a.seccompFlags()).isEqualTo(2 | 4);
    assertThat(a.warnings()).anyMatch(w -> w.contains("SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV"));
    Seccomp bad = new Seccomp("SCMP_ACT_ALLOW", null, null, List.of("SECCOMP_FILTER_FLAG_LOG", "SECCOMP_FILTER_FLAG_FAST"),
        null, null, null, Map.of());
    assertThatThrownBy(() -> PlanAttachments.of(SpecEdits.seccomp(DefaultSpec.create(false, 0, 0), bad), RuntimeId.of("x")))
        .hasMessageStartingWith("config.json: linux.seccomp.flags[1]: unknown seccomp flag \"SECCOMP_FILTER_FLAG_FAST\"");
  }

  @Test
  void statsEventsHaveRuncsShapeAndReadBack() throws Exception {
    CgroupStats s = new CgroupStats(new CgroupStats.Memory(1000, 2000, 1500, 3, 400, 1),
        new CgroupStats.Cpu(900, 500, 400, 10, 2, 77, List.of(600L, 300L)), new CgroupStats.Pids(4, 64),
        new CgroupStats.Blkio(List.of(new CgroupStats.BlkioEntry(8, 0, "Read", 4096), new CgroupStats.BlkioEntry(8, 0, "Total", 4096)),
            List.of(new CgroupStats.BlkioEntry(8, 0, "Read", 1))));
    String json = SpecCodec.mapper().writeValueAsString(RuncStatsJson.event("c1", s));
    JsonNode n = SpecCodec.mapper().readTree(json);
    assertThat(n.path("type").asText()).isEqualTo("stats");
    assertThat(n.path("id").asText()).isEqualTo("c1");
    assertThat(n.path("data").path("memory").path("usage").path("usage").asLong()).isEqualTo(1000);
    assertThat(n.path("data").path("cpu").path("usage").path("total").asLong()).isEqualTo(900);
    assertThat(n.path("data").path("cpu").path("usage").path("percpu").path(1).asLong()).isEqualTo(300);
    assertThat(n.path("data").path("blkio").path("ioServicedRecursive").path(0).path("op").asText()).isEqualTo("Read");
    assertThat(n.path("data").path("pids").path("current").asLong()).isEqualTo(4);
    assertThat(RuncStatsJson.parse(n.path("data"))).isEqualTo(s);
  }
}
