package io.drydock.runtime.cgroup;

import java.nio.file.Path;

/** {@link CgroupManagerContract} on a pure v1 host, faked in a temp directory. */
class V1CgroupManagerContractTest extends CgroupManagerContract {
  @Override
  CgroupManager manager(Path temp) {
    return FakeCgroupTree.v1Host(temp);
  }
}
