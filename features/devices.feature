@scenario @containers
Feature: Host devices in containers (HostConfig.Devices, docker run --device)
  A host device node named in HostConfig.Devices appears in the container at PathInContainer with
  the host node's type and numbers, inspect shows the entries as they were sent, and a path that is
  no device fails the start in dockerd's words and leaves nothing behind.

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: a device appears at its container path and inspect shows the entries as sent
    When I create a container named "dev-xnull" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"stat\",\"-c\",\"%F %t:%T %a\",\"/dev/xnull\"],\"HostConfig\":{\"Devices\":[{\"PathOnHost\":\"/dev/null\",\"PathInContainer\":\"/dev/xnull\",\"CgroupPermissions\":\"rwm\"}]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/dev-xnull/json"
    Then the JSON field "HostConfig.Devices" is an array
    And the JSON field "HostConfig.Devices.0.PathOnHost" is "/dev/null"
    And the JSON field "HostConfig.Devices.0.PathInContainer" is "/dev/xnull"
    And the JSON field "HostConfig.Devices.0.CgroupPermissions" is "rwm"
    When I send POST "/v1.41/containers/dev-xnull/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/dev-xnull/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "0"
    When I send GET "/v1.41/containers/dev-xnull/logs?stdout=1&stderr=1"
    Then the multiplexed output is "character special file 1:3 666\n"

  Scenario: without Devices inspect shows null, with an empty list an empty list
    When I create a container named "dev-none" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send GET "/v1.41/containers/dev-none/json"
    Then the JSON field "HostConfig.Devices" is "null"
    When I create a container named "dev-empty" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Devices\":[]}}"
    And I send GET "/v1.41/containers/dev-empty/json"
    Then the JSON field "HostConfig.Devices" is an array

  Scenario: a device path that does not exist fails the start with 500 and leaves the container created
    When I create a container named "dev-missing" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Devices\":[{\"PathOnHost\":\"/dev/drydock-no-such-device\",\"PathInContainer\":\"/dev/x\",\"CgroupPermissions\":\"rwm\"}]}}"
    Then the status is 201
    When I send POST "/v1.41/containers/dev-missing/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "error gathering device information while adding custom device \"/dev/drydock-no-such-device\": no such file or directory"
    When I send GET "/v1.41/containers/dev-missing/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "State.Pid" is "0"
    And nothing of the containers is left on the host

  @dockerd-20.10-takes-any-device-mode
  Scenario: permissions other than a combination of r, w and m are 400 and create nothing
    When I create a container named "dev-rwx" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Devices\":[{\"PathOnHost\":\"/dev/null\",\"PathInContainer\":\"/dev/xnull\",\"CgroupPermissions\":\"rwx\"}]}}"
    Then the status is 400
    And the error message is "bad mode specified: rwx"
    And there are no containers

  Scenario: a device cgroup rule widens what the container may open, after the default rules
    When I create a container named "dcr-allowed" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox mknod /tmp/m c 240 1 && busybox cat /tmp/m 2>&1; true\"],\"HostConfig\":{\"DeviceCgroupRules\":[\"c 240:* rw\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/dcr-allowed/json"
    Then the JSON field "HostConfig.DeviceCgroupRules" is an array
    And the JSON field "HostConfig.DeviceCgroupRules.0" is "c 240:* rw"
    When I send POST "/v1.41/containers/dcr-allowed/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/dcr-allowed/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/dcr-allowed/logs?stdout=1&stderr=1"
    Then the multiplexed output is "cat: can't open '/tmp/m': No such device or address\n"
    When I create a container named "dcr-denied" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox mknod /tmp/m c 240 1 && busybox cat /tmp/m 2>&1; true\"]}"
    And I send POST "/v1.41/containers/dcr-denied/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/dcr-denied/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/dcr-denied/logs?stdout=1&stderr=1"
    Then the multiplexed output is "cat: can't open '/tmp/m': Operation not permitted\n"

  Scenario: without DeviceCgroupRules inspect shows null, with an empty list an empty list
    When I create a container named "dcr-none" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send GET "/v1.41/containers/dcr-none/json"
    Then the JSON field "HostConfig.DeviceCgroupRules" is "null"
    When I create a container named "dcr-empty" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"DeviceCgroupRules\":[]}}"
    And I send GET "/v1.41/containers/dcr-empty/json"
    Then the JSON field "HostConfig.DeviceCgroupRules" is an array
    And the JSON field "HostConfig.DeviceCgroupRules.0" is absent

  Scenario: a malformed device cgroup rule is taken at create and fails the start with 500, leaving nothing
    When I create a container named "dcr-bad" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"DeviceCgroupRules\":[\"c 1:3 rwx\"]}}"
    Then the status is 201
    When I send POST "/v1.41/containers/dcr-bad/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "invalid device cgroup rule format: 'c 1:3 rwx'"
    When I send GET "/v1.41/containers/dcr-bad/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "State.Error" is "invalid device cgroup rule format: 'c 1:3 rwx'"
    And the JSON field "HostConfig.DeviceCgroupRules.0" is "c 1:3 rwx"
    And nothing of the containers is left on the host
    When I create a container named "dcr-big" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"DeviceCgroupRules\":[\"c 99999999999999999999:1 r\"]}}"
    And I send POST "/v1.41/containers/dcr-big/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "invalid major value in device cgroup rule format: 'c 99999999999999999999:1 r'"
