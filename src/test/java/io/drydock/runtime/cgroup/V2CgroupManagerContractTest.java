package io.drydock.runtime.cgroup;

import java.nio.file.Path;

/** {@link CgroupManagerContract} on a pure v2 host, faked in a temp directory. */
class V2CgroupManagerContractTest extends CgroupManagerContract {
  @Override
  CgroupManager manager(Path temp) {
    return FakeCgroupTree.v2Host(temp);
  }
}
