package io.drydock.engine.container.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.drydock.engine.spec.ResolvedUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identities below are what dockerd 20.10 (runc) gave busybox processes of an image with these
 * /etc files ({@code grep Groups /proc/self/status; echo $HOME}), checked by hand on this machine.
 */
class UserLookupTest {
  @TempDir Path rootfs;

  @BeforeEach
  void etcFiles() throws Exception {
    Files.createDirectories(rootfs.resolve("etc"));
    Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nu1:x:1001:1001:u1:/home/u1:/bin/sh\n");
    Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\ng1:x:1001:\ng2:x:2002:u1\n");
  }

  private ResolvedUser resolve(String spec) {
    return UserLookup.resolve(spec, rootfs);
  }

  @Test
  void theGroupsAreThePrimaryOneThenTheUsersMemberships() {
    assertThat(resolve("u1")).isEqualTo(new ResolvedUser(1001, 1001, List.of(1001L, 2002L), "/home/u1"));
    assertThat(resolve("1001")).isEqualTo(new ResolvedUser(1001, 1001, List.of(1001L, 2002L), "/home/u1"));
    assertThat(resolve("u1:g2")).isEqualTo(new ResolvedUser(1001, 2002, List.of(2002L), "/home/u1"));
    assertThat(resolve("0:2002")).isEqualTo(new ResolvedUser(0, 2002, List.of(2002L), "/root"));
  }

  /** dockerd's {@code docker cp c:/o - | tar tv} on this host: the container's names, else systemd NSS's root and nobody. */
  @Test
  void tarOwnerNamesAreTheContainersThenRootAndNobody() throws Exception {
    Files.writeString(rootfs.resolve("etc/passwd"), "u1:x:1001:1001::/:/bin/sh\nsecond:x:1001:1001::/:/bin/sh\nbad:x:zz:1::/:/bin/sh\n");
    io.drydock.engine.container.fs.OwnerNames n = UserLookup.ownerNames(rootfs);
    assertThat(n.users()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(1001L, "u1", 0L, "root", 65534L, "nobody"));
    assertThat(n.groups()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(0L, "root", 1001L, "g1", 2002L, "g2", 65534L, "nogroup"));
    Files.delete(rootfs.resolve("etc/passwd"));
    assertThat(UserLookup.ownerNames(rootfs).users()).containsOnlyKeys(0L, 65534L);
  }

  @Test
  void noUserIsRootFromTheImageAndAnUnknownUidHasHomeSlash() {
    assertThat(resolve("")).isEqualTo(new ResolvedUser(0, 0, List.of(0L), "/root"));
    assertThat(resolve("root")).isEqualTo(new ResolvedUser(0, 0, List.of(0L), "/root"));
    assertThat(resolve("5000")).isEqualTo(new ResolvedUser(5000, 0, List.of(0L), "/"));
  }

  @Test
  void groupAddComesAfterTheUsersGroupsOnceEachNamesFromTheGroupFile() {
    assertThat(UserLookup.resolve("u1", List.of("4000", "g2", "4000", "root"), rootfs))
        .isEqualTo(new ResolvedUser(1001, 1001, List.of(1001L, 2002L, 4000L, 0L), "/home/u1"));
    assertThat(UserLookup.resolve("1000:4000", List.of("4000"), rootfs).additionalGids()).containsExactly(4000L);
    assertThatThrownBy(() -> UserLookup.resolve("", List.of("nosuch"), rootfs)).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("Unable to find group nosuch: no matching entries in group file");
  }

  @Test
  void anUnknownNameIsRefusedInRuncsWords() {
    assertThatThrownBy(() -> resolve("nobody")).isInstanceOf(DrydockException.SystemError.class)
        .hasMessage("unable to find user nobody: no matching entries in passwd file");
  }
}
