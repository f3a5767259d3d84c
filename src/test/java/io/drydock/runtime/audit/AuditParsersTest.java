package io.drydock.runtime.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The /proc parsers on texts recorded from a real runc container and from the host. */
class AuditParsersTest {
  @Test
  void statusGivesTheCapabilitySetsNoNewPrivsAndSeccomp() {
    ProcStatus s = ProcStatus.parse(RecordedTexts.text("runc-status.txt"));
    assertThat(s.capEff()).isEqualTo(0x20000420L);
    assertThat(s.capBnd()).isEqualTo(0x20000420L);
    assertThat(s.capInh()).isZero();
    assertThat(s.noNewPrivs()).isTrue();
    assertThat(s.seccompMode()).isZero();
    assertThat(s.seccompFilters()).hasValue(0);
    ProcStatus host = ProcStatus.parse(RecordedTexts.text("host-status.txt"));
    assertThat(host.capBnd()).isEqualTo(0x1fffeffffffL);
    assertThat(host.noNewPrivs()).isFalse();
  }

  @Test
  void statusOfAnOlderKernelHasNoFilterCount() {
    ProcStatus s = ProcStatus.parse("CapInh:\t0\nCapPrm:\t0\nCapEff:\t0\nCapBnd:\t3f\nNoNewPrivs:\t1\nSeccomp:\t2\n");
    assertThat(s.seccompMode()).isEqualTo(2);
    assertThat(s.seccompFilters()).isEmpty();
    assertThat(s.capAmb()).isZero();
  }

  @Test
  void aStatusWithoutCapabilitiesIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ProcStatus.parse("Name:\tx\nSeccomp:\t0\n")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("status: no CapInh field");
    assertThatThrownBy(() -> ProcStatus.parse("CapInh:\tzz\n")).hasMessageContaining("CapInh is not a hex mask");
  }

  @Test
  void mountinfoGivesRootPointOptionsTypeAndSource() {
    List<MountEntry> m = MountEntry.parseAll(RecordedTexts.text("runc-mountinfo.txt"));
    assertThat(m.get(0).mountPoint()).isEqualTo("/");
    assertThat(m.get(0).readOnly()).isTrue();
    assertThat(m.get(0).fsType()).isEqualTo("ext4");
    assertThat(MountRules.top(m, "/sys").orElseThrow()).extracting(MountEntry::fsType, MountEntry::readOnly)
        .containsExactly("sysfs", true);
    MountEntry keys = MountRules.top(m, "/proc/keys").orElseThrow();
    assertThat(keys.root()).isEqualTo("/null");
    assertThat(keys.readOnly()).isFalse();
    assertThat(MountRules.top(m, "/proc/sys").orElseThrow().readOnly()).isTrue();
    assertThat(MountRules.top(m, "/etc")).isEmpty();
  }

  @Test
  void mountinfoUndoesOctalEscapesAndSkipsOptionalFields() {
    MountEntry e = MountEntry.parse("36 35 98:0 /my\\040dir /mnt/a\\040b rw,noatime master:1 shared:2 - ext3 /dev/root rw");
    assertThat(e.root()).isEqualTo("/my dir");
    assertThat(e.mountPoint()).isEqualTo("/mnt/a b");
    assertThat(e.fsType()).isEqualTo("ext3");
    assertThat(e.source()).isEqualTo("/dev/root");
    assertThatThrownBy(() -> MountEntry.parse("36 35 98:0 / /mnt rw")).hasMessageStartingWith("mountinfo: malformed line");
  }

  @Test
  void namespaceLinksGiveTheirInode() {
    assertThat(ProcTexts.namespaceInode("pid:[4026531836]")).isEqualTo(4026531836L);
    assertThat(ProcTexts.namespaceInode("mnt:[1]")).isEqualTo(1L);
    assertThatThrownBy(() -> ProcTexts.namespaceInode("pid:4026531836")).hasMessageContaining("not TYPE:[INODE]");
    assertThatThrownBy(() -> ProcTexts.namespaceInode("pid:[x]")).hasMessageContaining("inode is not a number");
  }

  @Test
  void cgroupMembershipSplitsCoMountedControllersAndKeepsTheV2Path() {
    assertThat(ProcTexts.cgroupPaths(RecordedTexts.text("runc-cgroup.txt")))
        .containsEntry("memory", "/process_api/d68d16b1d0dae815bb3909052bcd21cb/rec").containsEntry("pids", "/rec")
        .containsEntry("name=systemd", "/rec").containsEntry("", "/rec");
    assertThat(ProcTexts.cgroupPaths("4:cpu,cpuacct:/a\n0::/b\n")).containsEntry("cpu", "/a").containsEntry("cpuacct", "/a")
        .containsEntry("", "/b");
    assertThatThrownBy(() -> ProcTexts.cgroupPaths("garbage\n")).hasMessageContaining("malformed line");
  }

  @Test
  void limitsAreReadByColumnWithUnlimitedAsMinusOne() {
    var l = ProcTexts.limits(RecordedTexts.text("runc-limits.txt"));
    assertThat(l.get("Max open files")).isEqualTo(new ProcTexts.Limit(1024, 1024));
    assertThat(l.get("Max cpu time")).isEqualTo(new ProcTexts.Limit(-1, -1));
    assertThat(l).containsKey("Max realtime timeout");
  }

  @Test
  void v1NoLimitSpellingsBecomeMax() {
    assertThat(AuditFactsReader.normalize("9223372036854771712")).isEqualTo("max");
    assertThat(AuditFactsReader.normalize("-1")).isEqualTo("max");
    assertThat(AuditFactsReader.normalize("67108864")).isEqualTo("67108864");
    assertThat(AuditFactsReader.normalize("max")).isEqualTo("max");
  }
}
