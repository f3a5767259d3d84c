@scenario @containers
Feature: The create's options beyond process, resources, networks and mounts
  Config.Domainname, MacAddress, Shell, ArgsEscaped, OnBuild, NetworkDisabled and HostConfig.Runtime,
  Isolation, StorageOpt, DeviceRequests, MaskedPaths, ReadonlyPaths, UsernsMode, Cgroup,
  VolumeDriver, ContainerIDFile, ConsoleSize: applied, refused or shown as dockerd 20.10 does on
  Linux (overlay2 without xfs project quotas, no GPU driver, no userns-remap).

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: a runtime the daemon does not have is 400 and creates nothing
    When I create a container named "rt-unknown" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Runtime\":\"no-such-runtime\"}}"
    Then the status is 400
    And the error message is "Unknown runtime specified no-such-runtime"
    And there are no containers
    When I create a container named "rt-unknown" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201

  Scenario: an isolation other than default is a 500 on Linux and creates nothing
    When I create a container named "iso-hyperv" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Isolation\":\"hyperv\"}}"
    Then the status is 500
    And the error message is "Invalid isolation: \"hyperv\" - linux only supports 'default'"
    When I create a container named "iso-process" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Isolation\":\"process\"}}"
    Then the status is 500
    And there are no containers
    When I create a container named "iso-default" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Isolation\":\"default\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/iso-default/json"
    Then the JSON field "HostConfig.Isolation" is "default"

  Scenario: storage options are a 500 on overlay without project quotas and create nothing
    When I create a container named "so-size" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"StorageOpt\":{\"size\":\"1G\"}}}"
    Then the status is 500
    And the error message is "--storage-opt is supported only for overlay over xfs with 'pquota' mount option"
    When I create a container named "so-other" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"StorageOpt\":{\"foo\":\"1G\"}}}"
    Then the status is 500
    And the error message is "Unknown option foo"
    And there are no containers
    When I create a container named "so-size" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"StorageOpt\":{}}}"
    Then the status is 201

  Scenario: a MAC address beside the host's network is 400; a malformed one fails the start
    When I create a container named "mac-host" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"MacAddress\":\"02:42:ac:11:00:99\",\"HostConfig\":{\"NetworkMode\":\"host\"}}"
    Then the status is 400
    And the error message is "conflicting options: mac-address and the network mode"
    And there are no containers
    When I create a container named "mac-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"MacAddress\":\"zz\",\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/mac-bad/json"
    Then the JSON field "Config.MacAddress" is "zz"
    When I send POST "/v1.41/containers/mac-bad/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "address zz: invalid MAC address"

  Scenario: the MAC address is the endpoint's on the network the container is created on
    Given the network "ddtest-macnet" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-macnet","IPAM":{"Config":[{"Subnet":"10.213.77.0/24"}]}}'
    Then the status is 201
    When I create a container named "mac-user" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"cat\",\"/sys/class/net/eth0/address\"],\"MacAddress\":\"02-42-AC-11-00-99\",\"HostConfig\":{\"NetworkMode\":\"ddtest-macnet\"}}"
    Then the status is 201
    When I send POST "/v1.41/containers/mac-user/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/mac-user/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/mac-user/logs?stdout=1&stderr=1"
    Then the multiplexed output is "02:42:ac:11:00:99\n"
    When I send GET "/v1.41/containers/mac-user/json"
    Then the JSON field "Config.MacAddress" is "02-42-AC-11-00-99"
    When I send DELETE "/v1.41/containers/mac-user"
    Then the status is 204

  Scenario: a container with networking disabled has only loopback and no network in inspect
    When I create a container named "net-off" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"ls\",\"/sys/class/net\"],\"NetworkDisabled\":true}"
    Then the status is 201
    When I send POST "/v1.41/containers/net-off/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/net-off/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/net-off/logs?stdout=1&stderr=1"
    Then the multiplexed output is "lo\n"
    When I send GET "/v1.41/containers/net-off/json"
    Then the JSON field "Config.NetworkDisabled" is "true"
    And the JSON field "HostConfig.NetworkMode" is "default"
    And the JSON field "NetworkSettings.Networks.bridge" is absent
    And the JSON field "NetworkSettings.Networks.none" is absent

  Scenario: a device request finds no device driver at start
    When I create a container named "gpus" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"DeviceRequests\":[{\"Count\":-1,\"Capabilities\":[[\"gpu\"]]}]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/gpus/json"
    Then the JSON field "HostConfig.DeviceRequests.0.Driver" is ""
    And the JSON field "HostConfig.DeviceRequests.0.Count" is "-1"
    And the JSON field "HostConfig.DeviceRequests.0.Capabilities.0.0" is "gpu"
    And the JSON field "HostConfig.DeviceRequests.0.DeviceIDs" is "null"
    When I send POST "/v1.41/containers/gpus/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "could not select device driver \"\" with capabilities: [[gpu]]"

  Scenario: the options inspect shows as sent, and their values when unset
    When I create a container named "opts-none" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send GET "/v1.41/containers/opts-none/json"
    Then the JSON field "Config.Domainname" is ""
    And the JSON field "Config.MacAddress" is absent
    And the JSON field "Config.Shell" is absent
    And the JSON field "Config.ArgsEscaped" is absent
    And the JSON field "Config.NetworkDisabled" is absent
    And the JSON field "Config.OnBuild" is "null"
    And the JSON field "HostConfig.Runtime" is absent
    And the JSON field "HostConfig.Isolation" is ""
    And the JSON field "HostConfig.UsernsMode" is ""
    And the JSON field "HostConfig.Cgroup" is ""
    And the JSON field "HostConfig.VolumeDriver" is ""
    And the JSON field "HostConfig.ContainerIDFile" is ""
    And the JSON field "HostConfig.ConsoleSize.0" is "0"
    And the JSON field "HostConfig.DeviceRequests" is "null"
    And the JSON field "HostConfig.StorageOpt" is absent
    When I send POST "/v1.41/containers/opts-none/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/opts-none/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/opts-none/json"
    Then the JSON field "HostConfig.Runtime" is a string
    When I create a container named "opts-all" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Domainname\":\"example.com\",\"MacAddress\":\"02:42:ac:11:00:99\",\"Shell\":[\"/bin/sh\",\"-x\"],\"ArgsEscaped\":true,\"OnBuild\":[\"RUN x\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"UsernsMode\":\"host\",\"Cgroup\":\"c1\",\"VolumeDriver\":\"local\",\"ContainerIDFile\":\"/tmp/cid\",\"ConsoleSize\":[10,20],\"MaskedPaths\":[\"/proc/keys\"],\"ReadonlyPaths\":[]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/opts-all/json"
    Then the JSON field "Config.Domainname" is "example.com"
    And the JSON field "Config.MacAddress" is "02:42:ac:11:00:99"
    And the JSON field "Config.Shell.1" is "-x"
    And the JSON field "Config.ArgsEscaped" is "true"
    And the JSON field "Config.OnBuild.0" is "RUN x"
    And the JSON field "HostConfig.UsernsMode" is "host"
    And the JSON field "HostConfig.Cgroup" is "c1"
    And the JSON field "HostConfig.VolumeDriver" is "local"
    And the JSON field "HostConfig.ContainerIDFile" is "/tmp/cid"
    And the JSON field "HostConfig.ConsoleSize.0" is "10"
    And the JSON field "HostConfig.ConsoleSize.1" is "20"
    And the JSON field "HostConfig.MaskedPaths.0" is "/proc/keys"
    And the JSON field "HostConfig.MaskedPaths.1" is absent
    And the JSON field "HostConfig.ReadonlyPaths.0" is absent

  Scenario: the domain name is the uts namespace's, and sent system paths replace Docker's
    When I create a container named "domain" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"cat\",\"/proc/sys/kernel/domainname\"],\"Domainname\":\"example.com\",\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    And I send POST "/v1.41/containers/domain/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/domain/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/domain/logs?stdout=1&stderr=1"
    Then the multiplexed output is "example.com\n"
    When I create a container named "paths" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"echo $(grep -o ' /proc/[a-z]*' /proc/self/mounts | sort)\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"MaskedPaths\":[\"/proc/keys\"],\"ReadonlyPaths\":[\"/proc/fs\"]}}"
    And I send POST "/v1.41/containers/paths/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/paths/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/paths/logs?stdout=1&stderr=1"
    Then the multiplexed output is "/proc/fs /proc/keys\n"

  Scenario: security options dockerd does not know are a 500 and create nothing
    When I create a container named "sec-1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"SecurityOpt\":[\"nosuch\"]}}"
    Then the status is 500
    And the error message is "invalid --security-opt 1: \"nosuch\""
    When I create a container named "sec-2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"SecurityOpt\":[\"systempaths=unconfined\"]}}"
    Then the status is 500
    And the error message is "invalid --security-opt 2: \"systempaths=unconfined\""
    When I create a container named "sec-3" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"SecurityOpt\":[\"no-new-privileges=maybe\"]}}"
    Then the status is 500
    And the error message is "invalid --security-opt 2: \"no-new-privileges=maybe\""
    And there are no containers
    When I create a container named "sec-ok" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"SecurityOpt\":[\"disable\",\"seccomp=\",\"label:x\"]}}"
    Then the status is 201
    When I send POST "/v1.41/containers/sec-ok/start" with the body "" of type "application/json"
    Then the status is 204

  Scenario: a seccomp profile with a value of the wrong type is decoded at the start and fails it with Go's words, the container left created
    When I create a container named "sec-shape" with the JSON body '{"Image":"scenario-busybox","Cmd":["true"],"HostConfig":{"NetworkMode":"none","SecurityOpt":["seccomp={\u0022defaultAction\u0022:\u0022SCMP_ACT_ALLOW\u0022,\u0022syscalls\u0022:\u0022x\u0022}"]}}'
    Then the status is 201
    When I send POST "/v1.41/containers/sec-shape/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "Decoding seccomp profile failed: json: cannot unmarshal string into Go struct field Seccomp.syscalls of type []*seccomp.Syscall"
    When I send GET "/v1.41/containers/sec-shape/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "State.Error" is "Decoding seccomp profile failed: json: cannot unmarshal string into Go struct field Seccomp.syscalls of type []*seccomp.Syscall"
    When I create a container named "sec-notjson" with the JSON body '{"Image":"scenario-busybox","Cmd":["true"],"HostConfig":{"NetworkMode":"none","SecurityOpt":["seccomp={\u0022defaultAction\u0022:"]}}'
    Then the status is 201
    When I send POST "/v1.41/containers/sec-notjson/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message contains "Decoding seccomp profile failed: "

  Scenario: a tmpfs option that is neither a mount flag nor a tmpfs setting fails the start with dockerd's words, the container left created
    When I create a container named "tmpfs-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Tmpfs\":{\"/t\":\"nope,size=1m\"}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/tmpfs-bad/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "invalid tmpfs option [\"nope\"]"
    When I send GET "/v1.41/containers/tmpfs-bad/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "State.Error" is "invalid tmpfs option [\"nope\"]"
    When I create a container named "tmpfs-ok" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Tmpfs\":{\"/t\":\"ro,size=1m,uid=0,mode=1777,noexec,nosuid\"}}}"
    And I send POST "/v1.41/containers/tmpfs-ok/start" with the body "" of type "application/json"
    Then the status is 204
