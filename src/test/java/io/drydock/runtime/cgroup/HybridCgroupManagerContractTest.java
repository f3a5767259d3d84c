package io.drydock.runtime.cgroup;

import java.nio.file.Path;

/** {@link CgroupManagerContract} on this machine's hybrid layout, faked in a temp directory. */
class HybridCgroupManagerContractTest extends CgroupManagerContract {
  @Override
  CgroupManager manager(Path temp) {
    return FakeCgroupTree.hybridHost(temp);
  }
}
