@scenario @containers
Feature: Container endpoints of the Engine API v1.41
  Create, inspect, start, wait, logs, kill, delete over the socket: status codes, bodies and
  dockerd's error messages, and nothing created or left behind by a refused request.

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  @dockerd-20.10-answers-500
  Scenario: malformed JSON is refused and creates nothing
    When I create a container named "bad-json" with the JSON body "x"
    Then the status is 400
    And the error message is "invalid character 'x' looking for beginning of value"
    And there are no containers

  Scenario: an unknown image is 404 and creates nothing
    When I create a container named "no-image" with the JSON body "{\"Image\":\"nosuch\",\"Cmd\":[\"true\"]}"
    Then the status is 404
    And the error message is "No such image: nosuch:latest"
    And there are no containers
    When I create a container named "no-image" with the JSON body "{\"Image\":\"nosuch:v2\",\"Cmd\":[\"true\"]}"
    Then the status is 404
    And the error message is "No such image: nosuch:v2"
    And there are no containers

  Scenario: an Entrypoint of one empty string means none, as docker run --entrypoint '' sends it
    When I create a container named "no-entrypoint" with the JSON body "{\"Image\":\"scenario-busybox\",\"Entrypoint\":[\"\"],\"Cmd\":[\"busybox\",\"echo\",\"ep\"]}"
    Then the status is 201
    When I send GET "/v1.41/containers/no-entrypoint/json"
    Then the JSON field "Config.Entrypoint" is "null"
    And the JSON field "Path" is "busybox"
    And the JSON field "Args.0" is "echo"
    When I send POST "/v1.41/containers/no-entrypoint/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/no-entrypoint/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/no-entrypoint/logs?stdout=1&stderr=1"
    Then the multiplexed output is "ep\n"

  Scenario: the streams a client said it would attach to are kept as sent, as docker run -d and -i send them
    When I create a container named "attach-detached" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false}"
    Then the status is 201
    When I send GET "/v1.41/containers/attach-detached/json"
    Then the JSON field "Config.AttachStdin" is "false"
    And the JSON field "Config.AttachStdout" is "false"
    And the JSON field "Config.AttachStderr" is "false"
    When I create a container named "attach-interactive" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Tty\":true,\"OpenStdin\":true,\"AttachStdin\":true,\"AttachStdout\":true,\"AttachStderr\":true}"
    Then the status is 201
    When I send GET "/v1.41/containers/attach-interactive/json"
    Then the JSON field "Config.AttachStdin" is "true"
    And the JSON field "Config.AttachStdout" is "true"
    And the JSON field "Config.AttachStderr" is "true"

  Scenario: an invalid name is 400
    When I create a container named "b@d" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 400
    And the error message is "Invalid container name (b@d), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
    And there are no containers

  Scenario: an unknown capability is 400 naming the field and the normalized name, and creates nothing
    When I create a container named "bad-cap" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CapAdd\":[\"bogus\"]}}"
    Then the status is 400
    And the error message is "invalid CapAdd: unknown capability: \"CAP_BOGUS\""
    And there are no containers
    When I create a container named "bad-cap" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CapDrop\":[\"CAP_ALL\"]}}"
    Then the status is 400
    And the error message is "invalid CapDrop: unknown capability: \"CAP_ALL\""
    And there are no containers

  Scenario: a cpuset the host does not offer, or not in list syntax, is 400 and creates nothing
    When I create a container named "bad-cpuset" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpusetCpus\":\"4095\"}}"
    Then the status is 400
    And the error message contains "Requested CPUs are not available - requested 4095, available: "
    And there are no containers
    When I create a container named "bad-cpuset" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpusetCpus\":\"0-\"}}"
    Then the status is 400
    And the error message is "Invalid value 0- for cpuset cpus: invalid format: 0-"
    And there are no containers

  Scenario: an unlimited PidsLimit at create is shown as none, an update's unlimited as 0
    When I create a container named "pids-none" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"60\"],\"HostConfig\":{\"PidsLimit\":-1}}"
    Then the status is 201
    When I send GET "/v1.41/containers/pids-none/json"
    Then the JSON field "HostConfig.PidsLimit" is "null"
    When I send POST "/v1.41/containers/pids-none/update" with the JSON body "{\"PidsLimit\":-1}"
    Then the status is 200
    When I send GET "/v1.41/containers/pids-none/json"
    Then the JSON field "HostConfig.PidsLimit" is "0"

  Scenario: the list filters by network, volume, health and is-task as dockerd does; published and exposed ports match only running containers
    When I create a container named "flt-ports" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"ExposedPorts\":{\"9090/tcp\":{}},\"HostConfig\":{\"PortBindings\":{\"8080/tcp\":[{\"HostPort\":\"\"}]}}}"
    Then the status is 201
    When I create a container named "flt-none" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"/tmp:/hosttmp:ro\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22publish%22%3A%5B%228080%22%5D%7D"
    Then the JSON array has 0 elements
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22expose%22%3A%5B%229000-9100%2Ftcp%22%5D%7D"
    Then the JSON array has 0 elements
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22publish%22%3A%5B%228080%2Fudp%22%5D%7D"
    Then the JSON array has 0 elements
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22network%22%3A%5B%22none%22%5D%7D"
    Then the JSON array has 1 element
    And the JSON field "0.Names.0" is "/flt-none"
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22volume%22%3A%5B%22%2Fhosttmp%22%5D%7D"
    Then the JSON array has 1 element
    And the JSON field "0.Names.0" is "/flt-none"
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22health%22%3A%5B%22none%22%5D%7D"
    Then the JSON array has 2 elements
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22is-task%22%3A%5B%22true%22%5D%7D"
    Then the JSON array has 0 elements
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22health%22%3A%5B%22bogus%22%5D%7D"
    Then the status is 400
    And the error message is "Unrecognised filter value for health: bogus"
    When I send GET "/v1.41/containers/json?all=1&filters=%7B%22publish%22%3A%5B%22abc%22%5D%7D"
    Then the status is 500
    And the error message is "error while looking up for publish abc: strconv.ParseUint: parsing \"abc\": invalid syntax"

  Scenario: container prune with until keeps the containers created after that time
    When I create a container named "prune-new" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    When I send POST "/v1.41/containers/prune?filters=%7B%22until%22%3A%5B%221h%22%5D%7D" with the body "" of type "application/json"
    Then the status is 200
    When I send GET "/v1.41/containers/prune-new/json"
    Then the status is 200
    When I send POST "/v1.41/containers/prune?filters=%7B%22until%22%3A%5B%22bogus%22%5D%7D" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "failed to parse value as time or duration: \"bogus\""
    When I send POST "/v1.41/containers/prune?filters=%7B%22until%22%3A%5B%22-1h%22%5D%7D" with the body "" of type "application/json"
    Then the status is 200
    When I send GET "/v1.41/containers/prune-new/json"
    Then the status is 404

  Scenario: memory below 6MB is 400 and creates nothing
    When I create a container named "tiny" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Memory\":1024}}"
    Then the status is 400
    And the error message is "Minimum memory limit allowed is 6MB"
    And there are no containers

  Scenario: negative memory is 400
    When I create a container named "neg" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Memory\":-5}}"
    Then the status is 400
    And there are no containers

  Scenario: a stop signal that is no signal is 400 and creates nothing; any other number or name is taken
    When I create a container named "bad-stopsig" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"StopSignal\":\"FOO\"}"
    Then the status is 400
    And the error message is "Invalid signal: FOO"
    When I create a container named "zero-stopsig" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"StopSignal\":\"0\"}"
    Then the status is 400
    And the error message is "Invalid signal: 0"
    And there are no containers
    When I create a container named "usr1-stopsig" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"StopSignal\":\"sigusr1\"}"
    Then the status is 201

  Scenario: a name in use is 409 and the first container is untouched
    When I create a container named "twice" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    And the JSON field "Id" is a string
    When I create a container named "twice" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 409
    And the error message contains "Conflict. The container name \"/twice\" is already in use by container"
    When I send GET "/v1.41/containers/json?all=1"
    Then the JSON array has 1 element

  Scenario: an unknown container is 404
    When I send GET "/v1.41/containers/nosuch/json"
    Then the status is 404
    And the error message is "No such container: nosuch"

  Scenario: inspect shows the created container
    When I create a container named "insp" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"echo\",\"hi\"],\"Env\":[\"A=1\"],\"Labels\":{\"k\":\"v\"}}"
    And I send GET "/v1.41/containers/insp/json"
    Then the status is 200
    And the JSON field "Name" is "/insp"
    And the JSON field "State.Status" is "created"
    And the JSON field "Path" is "echo"
    And the JSON field "Args.0" is "hi"
    And the JSON field "Config.Labels.k" is "v"
    And the JSON field "Config.Env.0" is "A=1"

  Scenario: a missing working directory is made in the rootfs at create, owned by root; a file there refuses the create
    When I create a container named "wd-new" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"pwd; stat -c '%u:%g %a' /made /made/here\"],\"WorkingDir\":\"/made/./x/../here/\",\"User\":\"1000\"}"
    Then the status is 201
    When I send GET "/v1.41/containers/wd-new/json"
    Then the JSON field "Config.WorkingDir" is "/made/here"
    When I send GET "/v1.41/containers/wd-new/changes"
    Then the JSON array has an element whose "Path" is "/made/here"
    And the JSON array has no element whose "Path" is "/made/x"
    When I send POST "/v1.41/containers/wd-new/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/wd-new/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "0"
    When I send GET "/v1.41/containers/wd-new/logs?stdout=1&stderr=1"
    Then the multiplexed output is "/made/here\n0:0 755\n0:0 755\n"
    When I create a container named "wd-file" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"pwd\"],\"WorkingDir\":\"/tmp/../bin/busybox\"}"
    Then the status is 500
    And the error message is "Cannot mkdir: /bin/busybox is not a directory"
    When I send GET "/v1.41/containers/wd-file/json"
    Then the status is 404

  Scenario: inspect of a plain created container: Config.Env null, no stop signal, HostConfig as dockerd shows defaults; the process env starts with PATH and HOSTNAME
    When I create a container named "env-none" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"env\"]}"
    And I send GET "/v1.41/containers/env-none/json"
    Then the JSON field "Config.Env" is "null"
    And the JSON field "Config.OnBuild" is "null"
    And the JSON field "Config.StopSignal" is absent
    And the JSON field "HostConfig.CapAdd" is "null"
    And the JSON field "HostConfig.Tmpfs" is absent
    And the JSON field "HostConfig.Init" is absent
    And the JSON field "HostConfig.IpcMode" is "private"
    And the JSON field "HostConfig.CgroupnsMode" is "host"
    And the JSON field "NetworkSettings.HairpinMode" is "false"
    And the JSON field "NetworkSettings.GlobalIPv6Address" is ""
    And the JSON field "NetworkSettings.LinkLocalIPv6PrefixLen" is "0"
    And the JSON field "NetworkSettings.SecondaryIPAddresses" is "null"
    And the JSON field "NetworkSettings.EndpointID" is ""
    And the JSON field "HostConfig.ShmSize" is "67108864"
    And the JSON field "HostConfig.MaskedPaths.0" is "/proc/asound"
    And the JSON field "HostConfig.ReadonlyPaths.0" is "/proc/bus"
    And the JSON field "HostConfig.Links" is "null"
    And the JSON field "HostConfig.ConsoleSize.1" is "0"
    And the JSON field "LogPath" is ""
    And the JSON field "HostsPath" is ""
    And the JSON field "ResolvConfPath" is ""
    When I create a container named "env-order" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"env\"],\"Env\":[\"B=2\",\"HOSTNAME=envhost\"]}"
    And I send POST "/v1.41/containers/env-order/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/env-order/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/env-order/logs?stdout=1&stderr=1"
    Then the multiplexed output is "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=envhost\nB=2\nHOME=/\n"

  Scenario: Config.Env holds the request's entries first, then the image's other keys; the process env merges them by key
    When I create a container named "env-base" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send POST "/v1.41/commit?container=env-base&repo=ddtest-envimage&changes=ENV%20A%3D1&changes=ENV%20C%3D3" with the body "" of type "application/json"
    Then the status is 201
    When I create a container named "env-child" with the JSON body "{\"Image\":\"ddtest-envimage\",\"Cmd\":[\"env\"],\"Env\":[\"C=4\",\"B=2\",\"HOSTNAME=h\"]}"
    And I send GET "/v1.41/containers/env-child/json"
    Then the JSON field "Config.Env.0" is "C=4"
    And the JSON field "Config.Env.1" is "B=2"
    And the JSON field "Config.Env.2" is "HOSTNAME=h"
    And the JSON field "Config.Env.3" is "A=1"
    And the JSON field "Config.Env.4" is absent
    When I send POST "/v1.41/containers/env-child/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/env-child/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/env-child/logs?stdout=1&stderr=1"
    Then the multiplexed output is "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=h\nC=4\nB=2\nA=1\nHOME=/\n"
    When I send DELETE "/v1.41/containers/env-child"
    And I send DELETE "/v1.41/images/ddtest-envimage"
    Then the status is 200

  Scenario: a non-root process without a tty can reopen its stdio, in the container and in an exec
    When I create a container named "stdio-user" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"x=$(stat -L -c %u /proc/$$/fd/1); echo hi $x > /dev/stdout && sleep 300\"],\"User\":\"1000\"}"
    And I send POST "/v1.41/containers/stdio-user/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/stdio-user/exec" with the JSON body "{\"Cmd\":[\"sh\",\"-c\",\"x=$(stat -L -c %u /proc/$$/fd/1); echo there $x > /dev/stdout\"],\"User\":\"1001\",\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream shows "there 1001\n"
    Then within 10 seconds the logs of "stdio-user" are "hi 1000\n"
    When I send DELETE "/v1.41/containers/stdio-user?force=1"
    Then the status is 204

  Scenario: a negative StopTimeout is taken and shown as sent (a stop then waits for the process however long it takes)
    When I create a container named "stop-neg" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"StopTimeout\":-5}"
    Then the status is 201
    When I send GET "/v1.41/containers/stop-neg/json"
    Then the JSON field "Config.StopTimeout" is "-5"

  Scenario: a memory limit gets twice as much as memory+swap; an update above the swap limit without a new one is 409 and changes nothing
    When I create a container named "upd-mem" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Memory\":20971520}}"
    Then the status is 201
    And I remember the JSON field "Id" as "limited"
    When I send GET "/v1.41/containers/upd-mem/json"
    Then the JSON field "HostConfig.MemorySwap" is "41943040"
    When I send POST "/v1.41/containers/upd-mem/update" with the JSON body "{\"Memory\":10485760}"
    Then the status is 200
    And the JSON field "Warnings" is "null"
    When I send POST "/v1.41/containers/upd-mem/update" with the JSON body "{\"Memory\":52428800}"
    Then the status is 409
    And the JSON field "message" is "Cannot update container <limited>: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time" with the remembered values
    When I send GET "/v1.41/containers/upd-mem/json"
    Then the JSON field "HostConfig.Memory" is "10485760"
    And the JSON field "HostConfig.MemorySwap" is "41943040"
    When I create a container named "upd-free" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I remember the JSON field "Id" as "free"
    And I send POST "/v1.41/containers/upd-free/update" with the JSON body "{\"Memory\":10485760}"
    Then the status is 409
    And the JSON field "message" is "Cannot update container <free>: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time" with the remembered values
    When I send POST "/v1.41/containers/upd-free/update" with the JSON body "{\"Memory\":1000}"
    Then the status is 400
    And the error message is "Minimum memory limit allowed is 6MB"
    When I send GET "/v1.41/containers/upd-free/json"
    Then the JSON field "HostConfig.Memory" is "0"
    And the JSON field "HostConfig.MemorySwap" is "0"
    When I send POST "/v1.41/containers/upd-free/update" with the JSON body "{\"Memory\":10485760,\"MemorySwap\":-1}"
    Then the status is 200
    When I send POST "/v1.41/containers/upd-free/update" with the JSON body "{\"Memory\":20971520}"
    Then the status is 409
    When I send GET "/v1.41/containers/upd-free/json"
    Then the JSON field "HostConfig.Memory" is "10485760"
    And the JSON field "HostConfig.MemorySwap" is "-1"

  Scenario: an update with an unknown restart policy (a body without one shows an empty name) is 400 for a container that exists and 404 for one that does not
    When I create a container named "upd-pol" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    When I send POST "/v1.41/containers/upd-pol/update" with the JSON body "{\"RestartPolicy\":{\"Name\":\"nope\"}}"
    Then the status is 400
    And the error message is "invalid restart policy 'nope'"
    When I send GET "/v1.41/containers/upd-pol/json"
    Then the JSON field "HostConfig.RestartPolicy.Name" is ""
    When I send POST "/v1.41/containers/upd-nosuch/update" with the JSON body "{\"RestartPolicy\":{\"Name\":\"nope\"}}"
    Then the status is 404
    And the error message is "No such container: upd-nosuch"

  Scenario: GroupAdd adds groups to the process and every exec; an unknown user or group fails the start with 500 and the container stays created
    When I create a container named "grp-add" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"id; sleep 300\"],\"HostConfig\":{\"GroupAdd\":[\"4000\",\"4000\",\"0\"]}}"
    And I send POST "/v1.41/containers/grp-add/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/grp-add/exec" with the JSON body "{\"Cmd\":[\"id\"],\"User\":\"1000\",\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream shows "uid=1000 gid=0 groups=0,4000\n"
    Then within 10 seconds the logs of "grp-add" are "uid=0 gid=0 groups=0,4000\n"
    When I send GET "/v1.41/containers/grp-add/json"
    Then the JSON field "HostConfig.GroupAdd.0" is "4000"
    When I send DELETE "/v1.41/containers/grp-add?force=1"
    Then the status is 204
    When I create a container named "grp-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"id\"],\"HostConfig\":{\"GroupAdd\":[\"nosuch\"]}}"
    And I send POST "/v1.41/containers/grp-bad/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "Unable to find group nosuch: no matching entries in group file"
    When I create a container named "user-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"id\"],\"User\":\"nosuch\"}"
    And I send POST "/v1.41/containers/user-bad/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "unable to find user nosuch: no matching entries in passwd file"
    When I send GET "/v1.41/containers/user-bad/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "HostConfig.GroupAdd" is "null"

  Scenario: a start the runtime refuses reads as dockerd's, the runtime's words between containerd's prefixes, and records the exit code the words mean
    When I create a container named "ddtest-nocmd" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"ddtest-nosuchcmd\"]}"
    And I send POST "/v1.41/containers/ddtest-nocmd/start" with the body "" of type "application/json"
    Then the status is 400
    And the error message matches "failed to create shim task: OCI runtime create failed: [a-z]+ create failed: unable to start container process: exec: \"ddtest-nosuchcmd\": executable file not found in \$PATH: unknown"
    When I send GET "/v1.41/containers/ddtest-nocmd/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "127"
    And the JSON field "State.Error" matches "failed to create shim task: OCI runtime create failed: [a-z]+ create failed: unable to start container process: exec: \"ddtest-nosuchcmd\": executable file not found in \$PATH: unknown"
    When I create a container named "ddtest-dircmd" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"/etc\"]}"
    And I send POST "/v1.41/containers/ddtest-dircmd/start" with the body "" of type "application/json"
    Then the status is 400
    And the error message matches "failed to create shim task: OCI runtime create failed: [a-z]+ create failed: unable to start container process: exec: \"/etc\": permission denied: unknown"
    When I send GET "/v1.41/containers/ddtest-dircmd/json"
    Then the JSON field "State.ExitCode" is "126"
    When I create a container named "ddtest-nopath" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"/ddtest-nonexistent\"]}"
    And I send POST "/v1.41/containers/ddtest-nopath/start" with the body "" of type "application/json"
    Then the status is 400
    And the error message matches "failed to create shim task: OCI runtime create failed: [a-z]+ create failed: unable to start container process: exec: \"/ddtest-nonexistent\": stat /ddtest-nonexistent: no such file or directory: unknown"
    When I send GET "/v1.41/containers/ddtest-nopath/json"
    Then the JSON field "State.ExitCode" is "127"
    And the JSON field "LogPath" matches ".*/[0-9a-f]{64}-json\.log"
    And the JSON field "HostsPath" matches ".*/[0-9a-f]{64}/hosts"
    And the JSON field "ResolvConfPath" matches ".*/[0-9a-f]{64}/resolv\.conf"

  Scenario: CpuShares outside the kernel's range is taken at create and fails the start, as the cgroup write does in dockerd 20.10
    When I create a container named "ddtest-shares1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpuShares\":1}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-shares1/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message matches "failed to create shim task: OCI runtime create failed: [a-z]+ create failed: .*the minimum allowed cpu-shares is 2: unknown"
    When I send GET "/v1.41/containers/ddtest-shares1/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "HostConfig.CpuShares" is "1"
    When I create a container named "ddtest-shares2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpuShares\":262145}}"
    And I send POST "/v1.41/containers/ddtest-shares2/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message matches "failed to create shim task: OCI runtime create failed: [a-z]+ create failed: .*the maximum allowed cpu-shares is 262144: unknown"
    When I create a container named "ddtest-shares3" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"CpuShares\":-1}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-shares3/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "shares: invalid argument"
    When I send GET "/v1.41/containers/ddtest-shares3/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"

  Scenario: a container runs, exits, and its logs are multiplexed
    When I create a container named "echo" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"echo\",\"hello scenario\"]}"
    And I send POST "/v1.41/containers/echo/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/echo/wait" with the body "" of type "application/json"
    Then the status is 200
    And the JSON field "StatusCode" is "0"
    When I send GET "/v1.41/containers/echo/logs?stdout=1&stderr=1"
    Then the status is 200
    And the multiplexed output is "hello scenario\n"
    When I send GET "/v1.41/containers/echo/logs?stdout=1&details=1"
    Then the multiplexed output is " hello scenario\n"
    When I send GET "/v1.41/containers/echo/logs?stdout=1&tail=bogus"
    Then the status is 200
    And the multiplexed output is "hello scenario\n"
    When I send GET "/v1.41/containers/echo/json"
    Then the JSON field "State.Status" is "exited"

  Scenario: start of a running container is 304, a bad signal 400, kill ends it, then refuses in dockerd's words
    When I create a container named "sleeper" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"60\"]}"
    And I send POST "/v1.41/containers/sleeper/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/sleeper/start" with the body "" of type "application/json"
    Then the status is 304
    When I send POST "/v1.41/containers/sleeper/kill?signal=NOPE" with the body "" of type "application/json"
    Then the status is 400
    And the error message is "Invalid signal: NOPE"
    When I send POST "/v1.41/containers/sleeper/kill?signal=99" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "Cannot kill container: sleeper: The linux daemon does not support signal 99"
    When I send POST "/v1.41/containers/sleeper/kill?signal=32" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "Cannot kill container: sleeper: The linux daemon does not support signal 32"
    When I send POST "/v1.41/containers/sleeper/kill?signal=99999999999999999999" with the body "" of type "application/json"
    Then the status is 400
    And the error message is "Invalid signal: 99999999999999999999"
    When I send POST "/v1.41/containers/drydock-no-such/kill?signal=99" with the body "" of type "application/json"
    Then the status is 404
    And the error message is "Cannot kill container: drydock-no-such: No such container: drydock-no-such"
    When I send DELETE "/v1.41/containers/sleeper"
    Then the status is 409
    When I send POST "/v1.41/containers/sleeper/kill" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/sleeper/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "137"
    When I send POST "/v1.41/containers/sleeper/kill" with the body "" of type "application/json"
    Then the status is 409
    And the error message contains "Cannot kill container: sleeper: Container "
    And the error message contains " is not running"
    When I send POST "/v1.41/containers/ddtest-nosuch/kill" with the body "" of type "application/json"
    Then the status is 404
    And the error message is "Cannot kill container: ddtest-nosuch: No such container: ddtest-nosuch"
    When I send DELETE "/v1.41/containers/sleeper"
    Then the status is 204
    And there are no containers

  Scenario: list filters by label and status
    When I create a container named "lab1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Labels\":{\"team\":\"a\"}}"
    And I create a container named "lab2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Labels\":{\"team\":\"b\"}}"
    And I send GET "/v1.41/containers/json?all=1&filters=%7B%22label%22%3A%5B%22team%3Da%22%5D%7D"
    Then the status is 200
    And the JSON array has 1 element
    And the JSON array has an element whose "Names" contains "/lab1"
    When I send GET "/v1.41/containers/json?filters=%7B%22status%22%3A%5B%22created%22%5D%7D"
    Then the JSON array has 2 elements
    When I send GET "/v1.41/containers/json?filters=%7B%22nope%22%3A%5B%22x%22%5D%7D"
    Then the status is 400

  Scenario: attach refuses bad detach keys raw on the connection, before it looks up the container
    When I attach to "ddtest-nosuch" with the query "stream=1&stdin=1&stdout=1&detachKeys=ctrl-foo"
    Then the connection carries exactly "HTTP/1.1 400 Bad Request\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nInvalid detach keys (ctrl-foo) provided\r\n" and closes
    When I attach to "ddtest-nosuch" with the query "stream=1&stdout=1"
    Then the connection carries exactly "HTTP/1.1 404 Not Found\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nNo such container: ddtest-nosuch\r\n" and closes

  Scenario: attach to a paused container is refused raw on the connection, the websocket form as JSON, an exec by the name given
    When I create a container named "ddtest-paused" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-paused/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-paused/pause" with the body "" of type "application/json"
    Then the status is 204
    When I attach to "ddtest-paused" with the query "stream=1&stdout=1&stderr=1"
    Then the connection carries exactly "HTTP/1.1 409 Conflict\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\ncontainer ddtest-paused is paused, unpause the container before attach\r\n" and closes
    When I send GET "/v1.41/containers/ddtest-paused/attach/ws?stream=1"
    Then the status is 409
    And the error message is "container ddtest-paused is paused, unpause the container before attach"
    When I send POST "/v1.41/containers/ddtest-paused/exec" with the JSON body "{\"Cmd\":[\"true\"]}"
    Then the status is 409
    And the error message is "Container ddtest-paused is paused, unpause the container before exec"
    When I send POST "/v1.41/containers/ddtest-paused/unpause" with the body "" of type "application/json"
    Then the status is 204

  Scenario: the detach keys end a tty attach, the container keeps running, and a detach event is logged
    When I create a container named "ddtest-detach" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"cat\"],\"Tty\":true,\"OpenStdin\":true,\"Labels\":{\"tier\":\"web\"}}"
    And I send POST "/v1.41/containers/ddtest-detach/start" with the body "" of type "application/json"
    Then the status is 204
    When I attach to "ddtest-detach" with the query "stream=1&stdin=1&stdout=1&stderr=1"
    Then the connection is upgraded
    When I type "hi\n"
    Then the stream shows "hi"
    When I type "\u0010\u0011"
    Then the stream ends
    When I send GET "/v1.41/containers/ddtest-detach/json"
    Then the JSON field "State.Running" is "true"
    When I read this scenario's events with filters '{"container":["ddtest-detach"],"event":["attach","detach"]}'
    Then the streamed actions are "attach,detach"
    And the streamed "detach" event has the attribute "name" with the value "ddtest-detach"
    And the streamed "detach" event has the attribute "image" with the value "scenario-busybox"
    And the streamed "detach" event has the attribute "tier" with the value "web"

  Scenario: top with ps options ps refuses, or without a PID column, is 500 with ps's first line or dockerd's words
    When I create a container named "ddtest-top" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-top/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-top/top?ps_args=--bogus"
    Then the status is 500
    And the error message is "ps: error: unknown gnu long option"
    When I send GET "/v1.41/containers/ddtest-top/top?ps_args=-o%20comm"
    Then the status is 500
    And the error message is "Couldn't find PID field in ps output"
    When I send GET "/v1.41/containers/ddtest-top/top?ps_args=-o%20user=PID"
    Then the status is 500
    And the error message is "specifying \"user=PID\" is not allowed"
    When I send GET "/v1.41/containers/ddtest-top/top?ps_args=-o%20pid,comm"
    Then the status is 200
    And the JSON field "Titles.1" is "COMMAND"
    And the JSON field "Processes.0.1" is "sleep"

  Scenario: a stop logs a kill event per signal before the die and the stop, and a restart logs the stop too
    When I create a container named "ddtest-stopev" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-stopev/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-stopev/stop?t=1" with the body "" of type "application/json"
    Then the status is 204
    When I read this scenario's events with filters '{"container":["ddtest-stopev"],"event":["kill","die","stop"]}'
    Then the streamed actions are "kill,kill,die,stop"
    And the streamed "kill" event has the attribute "signal" with the value "15"
    When I send POST "/v1.41/containers/ddtest-stopev/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-stopev/restart?t=1" with the body "" of type "application/json"
    Then the status is 204
    When I read this scenario's events with filters '{"container":["ddtest-stopev"],"event":["stop","start","restart"]}'
    Then the streamed actions are "start,stop,start,stop,start,restart"

  Scenario: resize and top of a running container are logged as events
    When I create a container named "ddtest-resize" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"cat\"],\"Tty\":true,\"OpenStdin\":true}"
    And I send POST "/v1.41/containers/ddtest-resize/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-resize/resize?h=30&w=100" with the body "" of type "application/json"
    Then the status is 200
    When I send GET "/v1.41/containers/ddtest-resize/top"
    Then the status is 200
    When I read this scenario's events with filters '{"container":["ddtest-resize"],"event":["resize","top"]}'
    Then the streamed actions are "resize,top"
    And the streamed "resize" event has the attribute "height" with the value "30"
    And the streamed "resize" event has the attribute "width" with the value "100"
    And the streamed "top" event has the attribute "name" with the value "ddtest-resize"

  Scenario: ShmSize sizes /dev/shm and inspect shows it; without it, 64 MiB; a negative one is refused
    When I create a container named "ddtest-shm" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"df\",\"-k\",\"/dev/shm\"],\"HostConfig\":{\"ShmSize\":16777216}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-shm/json"
    Then the JSON field "HostConfig.ShmSize" is "16777216"
    When I send POST "/v1.41/containers/ddtest-shm/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-shm/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-shm/logs?stdout=1&stderr=1"
    Then the multiplexed output is "Filesystem           1K-blocks      Used Available Use% Mounted on\nshm                      16384         0     16384   0% /dev/shm\n"
    When I create a container named "ddtest-shm-default" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send GET "/v1.41/containers/ddtest-shm-default/json"
    Then the JSON field "HostConfig.ShmSize" is "67108864"
    When I send POST "/v1.41/containers/create?name=ddtest-shm-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"ShmSize\":-1}}"
    Then the status is 400
    And the error message is "SHM size can not be less than 0"

  Scenario: Sysctls of a namespace of the container's own are set there, OomScoreAdj is its process's; a sysctl of the host's network namespace fails the start, an out-of-range score the create
    When I create a container named "ddtest-sysctl" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"cat /proc/sys/kernel/shmmax /proc/self/oom_score_adj\"],\"HostConfig\":{\"Sysctls\":{\"kernel.shmmax\":\"12345\"},\"OomScoreAdj\":500}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-sysctl/json"
    Then the JSON field "HostConfig.OomScoreAdj" is "500"
    When I send POST "/v1.41/containers/ddtest-sysctl/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-sysctl/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-sysctl/logs?stdout=1&stderr=1"
    Then the multiplexed output is "12345\n500\n"
    When I create a container named "ddtest-sysctl-plain" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send GET "/v1.41/containers/ddtest-sysctl-plain/json"
    Then the JSON field "HostConfig.Sysctls" is absent
    And the JSON field "HostConfig.OomScoreAdj" is "0"
    When I create a container named "ddtest-sysctl-hostnet" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"host\",\"Sysctls\":{\"net.ipv4.ip_forward\":\"1\"}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-sysctl-hostnet/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message contains "sysctl \"net.ipv4.ip_forward\" not allowed in host network namespace"
    When I send GET "/v1.41/containers/ddtest-sysctl-hostnet/json"
    Then the JSON field "State.Status" is "created"
    When I send POST "/v1.41/containers/create?name=ddtest-oom-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"OomScoreAdj\":1001}}"
    Then the status is 400
    And the error message is "Invalid value 1001, range for oom score adj is [-1000, 1000]"
    When I send GET "/v1.41/containers/ddtest-oom-bad/json"
    Then the status is 404

  Scenario: PidMode, UTSMode and IpcMode host share the host's namespaces, CgroupnsMode private gives one of its own, and inspect shows them
    When I create a container named "ddtest-nsmodes" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox test $$ != 1 && echo pid shared; busybox test $(busybox hostname) != $HOSTNAME && echo uts shared; busybox grep -vc ':/$' /proc/self/cgroup\"],\"HostConfig\":{\"PidMode\":\"host\",\"UTSMode\":\"host\",\"IpcMode\":\"host\",\"CgroupnsMode\":\"private\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-nsmodes/json"
    Then the JSON field "HostConfig.PidMode" is "host"
    And the JSON field "HostConfig.UTSMode" is "host"
    And the JSON field "HostConfig.IpcMode" is "host"
    And the JSON field "HostConfig.CgroupnsMode" is "private"
    When I send POST "/v1.41/containers/ddtest-nsmodes/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-nsmodes/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-nsmodes/logs?stdout=1&stderr=1"
    Then the multiplexed output is "pid shared\nuts shared\n0\n"
    When I create a container named "ddtest-nsdefault" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send GET "/v1.41/containers/ddtest-nsdefault/json"
    Then the JSON field "HostConfig.PidMode" is ""
    And the JSON field "HostConfig.UTSMode" is ""
    And the JSON field "HostConfig.IpcMode" is "private"

  Scenario: an IpcMode dockerd does not know is taken at create and shown as sent, and fails the start; unknown PidMode and UTSMode give namespaces of its own
    When I create a container named "ddtest-ipcbad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"IpcMode\":\"foo\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-ipcbad/json"
    Then the JSON field "HostConfig.IpcMode" is "foo"
    When I send POST "/v1.41/containers/ddtest-ipcbad/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "Invalid IPC mode: foo"
    When I create a container named "ddtest-pidodd" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"echo $$; busybox hostname\"],\"Hostname\":\"ddtest-own\",\"HostConfig\":{\"PidMode\":\"Host\",\"UTSMode\":\"private\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-pidodd/json"
    Then the JSON field "HostConfig.PidMode" is "Host"
    And the JSON field "HostConfig.UTSMode" is "private"
    When I send POST "/v1.41/containers/ddtest-pidodd/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-pidodd/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-pidodd/logs?stdout=1&stderr=1"
    Then the multiplexed output is "1\nddtest-own\n"

  Scenario: PidMode and IpcMode container:<x> join a running container's pid and ipc namespaces and its shareable /dev/shm; inspect names it by its full id
    When I create a container named "ddtest-donor" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"IpcMode\":\"shareable\"}}"
    Then the status is 201
    And I remember the JSON field "Id" as "donor"
    When I send POST "/v1.41/containers/ddtest-donor/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-donor/json"
    Then the JSON field "HostConfig.IpcMode" is "shareable"
    When I create a container named "ddtest-joiner" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox test $$ != 1 && echo not the first; busybox xargs -0 < /proc/1/cmdline; echo shared > /dev/shm/note\"],\"HostConfig\":{\"PidMode\":\"container:ddtest-donor\",\"IpcMode\":\"container:ddtest-donor\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-joiner/json"
    Then the JSON field "HostConfig.PidMode" is "container:<donor>" with the remembered values
    And the JSON field "HostConfig.IpcMode" is "container:<donor>" with the remembered values
    When I send POST "/v1.41/containers/ddtest-joiner/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-joiner/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "0"
    When I send GET "/v1.41/containers/ddtest-joiner/logs?stdout=1&stderr=1"
    Then the multiplexed output is "not the first\nbusybox sleep 300\n"
    When I create a container named "ddtest-ipcjoiner" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"cat\",\"/dev/shm/note\"],\"HostConfig\":{\"IpcMode\":\"container:<donor>\"}}" with the remembered values
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-ipcjoiner/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-ipcjoiner/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-ipcjoiner/logs?stdout=1&stderr=1"
    Then the multiplexed output is "shared\n"

  Scenario: a joiner dies with the pid namespace's first process, and the target may be removed while a joiner runs; a removed target fails the joiner's next start
    When I create a container named "ddtest-pidhost" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"]}"
    And I remember the JSON field "Id" as "target"
    And I send POST "/v1.41/containers/ddtest-pidhost/start" with the body "" of type "application/json"
    And I create a container named "ddtest-pidguest" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"PidMode\":\"container:ddtest-pidhost\"}}"
    And I send POST "/v1.41/containers/ddtest-pidguest/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-pidhost/stop?t=1" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-pidguest/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "137"
    When I send POST "/v1.41/containers/ddtest-pidhost/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-pidguest/start" with the body "" of type "application/json"
    Then the status is 204
    When I send DELETE "/v1.41/containers/ddtest-pidhost?force=1"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-pidguest/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "137"
    When I send POST "/v1.41/containers/ddtest-pidguest/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "cannot join PID of a non running container: <target>: No such container: <target>" with the remembered values

  Scenario: a missing target is refused at create and creates nothing; a target that is not running, or not shareable for ipc, fails the start in dockerd's words
    When I send POST "/v1.41/containers/create?name=ddtest-nojoin" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"PidMode\":\"container:ddtest-nosuch\"}}"
    Then the status is 400
    And the error message is "No such container: ddtest-nosuch"
    When I send POST "/v1.41/containers/create?name=ddtest-nojoin" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"IpcMode\":\"container:ddtest-nosuch\"}}"
    Then the status is 400
    And the error message is "No such container: ddtest-nosuch"
    When I send GET "/v1.41/containers/ddtest-nojoin/json"
    Then the status is 404
    When I create a container named "ddtest-private" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"]}"
    And I remember the JSON field "Id" as "private"
    And I create a container named "ddtest-pidlate" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"PidMode\":\"container:ddtest-private\"}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-pidlate/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "container <private> is not running" with the remembered values
    When I send GET "/v1.41/containers/ddtest-pidlate/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    When I create a container named "ddtest-ipclate" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"IpcMode\":\"container:ddtest-private\"}}"
    And I send POST "/v1.41/containers/ddtest-ipclate/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "can't join IPC of container <private>: container <private> is not running" with the remembered values
    When I send POST "/v1.41/containers/ddtest-private/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-ipclate/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "can't join IPC of container <private>: non-shareable IPC (hint: use IpcMode:shareable for the donor container)" with the remembered values
    When I create a container named "ddtest-emptyjoin" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"PidMode\":\"container:\"}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-emptyjoin/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "cannot join PID of a non running container: : invalid name or ID supplied: \"\""

  Scenario: --link names an existing container, shown in inspect as dockerd writes it, and a missing target is 400 with nothing made
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-lktarget" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    When I create a container named "ddtest-lkuser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Links\":[\"ddtest-lktarget:db\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-lkuser/json"
    Then the JSON field "HostConfig.Links.0" is "/ddtest-lktarget:/ddtest-lkuser/db"
    When I create a container named "ddtest-lkmissing" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Links\":[\"ddtest-nosuch-target:db\"]}}"
    Then the status is 400
    And the error message is "could not get container for ddtest-nosuch-target: No such container: ddtest-nosuch-target"
    When I send GET "/v1.41/containers/ddtest-lkmissing/json"
    Then the status is 404

  Scenario: every container is gone at the end and nothing is left on the host
    Then nothing of the containers is left on the host
