@scenario @containers
Feature: Swappiness, kernel memory, memory nodes, realtime CPU and block I/O of HostConfig
  The finer resource settings of a container, as dockerd 20.10 treats them on this machine (cgroup v1
  with memory.swappiness, memory.kmem.*, blkio throttles but no blkio.weight, cpu.rt_*, memory node
  0, block device vda): refused at create with dockerd's words, discarded with its warnings where
  the kernel lacks them, shown by inspect as kept, applied to the container's cgroup at start, and
  kept by an update as dockerd's keeps them.

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: out-of-range swappiness, unknown memory nodes and a tiny kernel memory limit are 400 at create and create nothing
    When I create a container named "rt-swap-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"MemorySwappiness\":101}}"
    Then the status is 400
    And the error message is "Invalid value: 101, valid memory swappiness range is 0-100"
    When I create a container named "rt-mems-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpusetMems\":\"1\"}}"
    Then the status is 400
    And the error message is "Requested memory nodes are not available - requested 1, available: 0"
    When I create a container named "rt-mems-form" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpusetMems\":\"x\"}}"
    Then the status is 400
    And the error message is "Invalid value x for cpuset mems: invalid format: x"
    When I create a container named "rt-kmem-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"KernelMemory\":4194304}}"
    Then the status is 400
    And the error message is "Minimum kernel memory limit allowed is 6MB"
    When I send GET "/v1.41/containers/rt-swap-bad/json"
    Then the status is 404
    When I send GET "/v1.41/containers/rt-kmem-bad/json"
    Then the status is 404

  Scenario: the block I/O weights this kernel lacks are discarded with dockerd's warnings, before their range is checked; kernel memory warns it is deprecated
    When I create a container named "rt-weight" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"BlkioWeight\":5,\"BlkioWeightDevice\":[{\"Path\":\"/dev/vda\",\"Weight\":500}],\"KernelMemory\":20971520}}"
    Then the status is 201
    And the JSON field "Warnings.0" is "Specifying a kernel memory limit is deprecated and will be removed in a future release."
    And the JSON field "Warnings.1" is "Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded."
    And the JSON field "Warnings.2" is "Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded."
    When I send GET "/v1.41/containers/rt-weight/json"
    Then the JSON field "HostConfig.BlkioWeight" is "0"
    And the JSON field "HostConfig.BlkioWeightDevice" is a array
    And the JSON field "HostConfig.BlkioWeightDevice.0" is absent
    And the JSON field "HostConfig.KernelMemory" is "20971520"
    And the JSON field "HostConfig.MemorySwappiness" is "null"
    And the JSON field "HostConfig.BlkioDeviceReadBps" is "null"

  Scenario: swappiness, memory nodes and the throttles are shown by inspect and are the container's cgroup's at start
    When I create a container named "rt-applied" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"cat\",\"/sys/fs/cgroup/memory/memory.swappiness\",\"/sys/fs/cgroup/cpuset/cpuset.mems\",\"/sys/fs/cgroup/blkio/blkio.throttle.read_bps_device\",\"/sys/fs/cgroup/blkio/blkio.throttle.write_iops_device\"],\"HostConfig\":{\"MemorySwappiness\":10,\"CpusetMems\":\"0\",\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/vda\",\"Rate\":1048576}],\"BlkioDeviceWriteIOps\":[{\"Path\":\"/dev/vda\",\"Rate\":200}]}}"
    Then the status is 201
    And the JSON field "Warnings" is a array
    And the JSON field "Warnings.0" is absent
    When I send GET "/v1.41/containers/rt-applied/json"
    Then the JSON field "HostConfig.MemorySwappiness" is "10"
    And the JSON field "HostConfig.CpusetMems" is "0"
    And the JSON field "HostConfig.BlkioDeviceReadBps.0.Path" is "/dev/vda"
    And the JSON field "HostConfig.BlkioDeviceReadBps.0.Rate" is "1048576"
    And the JSON field "HostConfig.BlkioDeviceWriteIOps.0.Rate" is "200"
    And the JSON field "HostConfig.BlkioDeviceWriteBps" is "null"
    When I send POST "/v1.41/containers/rt-applied/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/rt-applied/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/rt-applied/logs?stdout=1&stderr=1"
    Then the multiplexed output is "10\n0\n254:0 1048576\n254:0 200\n"

  Scenario: a throttled device that is missing fails the start with 500 and the container stays created
    When I create a container named "rt-nodev" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/ddtest-nope\",\"Rate\":1}]}}"
    Then the status is 201
    When I send POST "/v1.41/containers/rt-nodev/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "stat /dev/ddtest-nope: no such file or directory"
    When I send GET "/v1.41/containers/rt-nodev/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "State.Error" is "stat /dev/ddtest-nope: no such file or directory"

  Scenario: an update checks the finer settings like a create, keeps the memory nodes, kernel memory and realtime budget, and drops swappiness and device lists
    When I create a container named "rt-upd" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    When I send POST "/v1.41/containers/rt-upd/update" with the JSON body "{\"MemorySwappiness\":500}"
    Then the status is 400
    And the error message is "Invalid value: 500, valid memory swappiness range is 0-100"
    When I send POST "/v1.41/containers/rt-upd/update" with the JSON body "{\"CpusetMems\":\"1\"}"
    Then the status is 400
    And the error message is "Requested memory nodes are not available - requested 1, available: 0"
    When I send POST "/v1.41/containers/rt-upd/update" with the JSON body "{\"BlkioWeight\":500}"
    Then the status is 200
    And the JSON field "Warnings.0" is "Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded."
    When I send POST "/v1.41/containers/rt-upd/update" with the JSON body "{\"MemorySwappiness\":50,\"CpusetMems\":\"0\",\"KernelMemory\":20971520,\"CpuRealtimePeriod\":5000,\"CpuRealtimeRuntime\":6000,\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/vda\",\"Rate\":1000}]}"
    Then the status is 200
    And the JSON field "Warnings.0" is "Specifying a kernel memory limit is deprecated and will be removed in a future release."
    When I send GET "/v1.41/containers/rt-upd/json"
    Then the JSON field "HostConfig.CpusetMems" is "0"
    And the JSON field "HostConfig.KernelMemory" is "20971520"
    And the JSON field "HostConfig.CpuRealtimePeriod" is "5000"
    And the JSON field "HostConfig.CpuRealtimeRuntime" is "6000"
    And the JSON field "HostConfig.MemorySwappiness" is "null"
    And the JSON field "HostConfig.BlkioWeight" is "0"
    And the JSON field "HostConfig.BlkioDeviceReadBps" is "null"

  @dockerd-20.10-answers-500
  Scenario: a realtime run time above its period and a negative throttle rate are refused at create and create nothing
    When I create a container named "rt-rt-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpuRealtimePeriod\":1000000,\"CpuRealtimeRuntime\":2000000}}"
    Then the status is 400
    And the error message is "cpu real-time runtime cannot be higher than cpu real-time period"
    When I create a container named "rt-rate-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"BlkioDeviceReadBps\":[{\"Path\":\"/dev/vda\",\"Rate\":-1}]}}"
    Then the status is 400
    And the error message is "json: cannot unmarshal number -1 into Go struct field ThrottleDevice.HostConfig.BlkioDeviceReadBps.Rate of type uint64"
    When I send GET "/v1.41/containers/rt-rt-bad/json"
    Then the status is 404
    When I send GET "/v1.41/containers/rt-rate-bad/json"
    Then the status is 404

  Scenario: every container is gone at the end and nothing is left on the host
    Then nothing of the containers is left on the host
