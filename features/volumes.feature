@scenario
Feature: Volume endpoints of the Engine API v1.41
  Named volumes of the local driver: create, list with filters, inspect, remove and prune.

  Scenario: a named volume is created and inspected
    Given the volume "ddtest-vol1" is removed after the scenario
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-vol1","Labels":{"k":"v"}}'
    Then the status is 201
    And the JSON field "Name" is "ddtest-vol1"
    And the JSON field "Driver" is "local"
    When I send GET "/v1.41/volumes/ddtest-vol1"
    Then the status is 200
    And the body matches the swagger schema of the "VolumeInspect" response
    And the JSON field "Scope" is "local"
    And the JSON field "Labels.k" is "v"
    And the JSON field "Mountpoint" is a string

  Scenario: the list is filtered by name and label
    Given the volume "ddtest-vol2" exists
    When I send GET "/v1.41/volumes?filters=%7B%22label%22%3A%5B%22ddtest%3Dyes%22%5D%7D"
    Then the status is 200
    And the JSON array has an element whose "Volumes.Name" is "ddtest-vol2"
    When I send GET "/v1.41/volumes?filters=%7B%22name%22%3A%5B%22nomatch-zz%22%5D%7D"
    Then the status is 200
    And the JSON array has no element whose "Volumes.Name" is "ddtest-vol2"

  Scenario: an anonymous volume gets a 64 hex name
    When I send POST "/v1.41/volumes/create" with the JSON body '{}'
    Then the status is 201
    And the JSON field "Name" is a string
    And the volume named in the response is removed after the scenario

  Scenario: an unknown volume is 404
    When I send GET "/v1.41/volumes/ddtest-nosuch"
    Then the status is 404
    And the error message is "get ddtest-nosuch: no such volume"

  Scenario: an invalid name is 400
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"a/b"}'
    Then the status is 400
    And the error message contains "create a/b: \"a/b\" includes invalid characters for a local volume name"

  Scenario Outline: the local driver refuses options as dockerd's does, naming the volume, and makes nothing
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-opts","Driver":"<driver>","DriverOpts":<options>}'
    Then the status is <status>
    And the error message contains "<message>"
    When I send GET "/v1.41/volumes/ddtest-opts"
    Then the status is 404

    Examples:
      | driver | options                 | status | message                                                  |
      | local  | {"bogus":"1"}           | 400    | create ddtest-opts: invalid option:                      |
      | local  | {"type":"tmpfs"}        | 400    | create ddtest-opts: missing required option:             |
      | local  | {"device":"tmpfs"}      | 400    | create ddtest-opts: missing required option:             |
      | local  | {"o":"size=1m"}         | 400    | create ddtest-opts: missing required option:             |
      | local  | {"size":"1m"}           | 400    | create ddtest-opts: quota size requested but no quota support |
      | nosuch | {}                      | 404    | create ddtest-opts: error looking up volume plugin nosuch: plugin |

  Scenario: a removed volume is gone
    Given the volume "ddtest-vol3" exists
    When I send DELETE "/v1.41/volumes/ddtest-vol3"
    Then the status is 204
    When I send GET "/v1.41/volumes/ddtest-vol3"
    Then the status is 404

  Scenario: a volume a container references is in use until the container is removed
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-vol4" is removed after the scenario
    When I create a container named "ddtest-voluser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Binds\":[\"ddtest-vol4:/data:ro\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-voluser/json"
    Then the JSON field "Mounts.0.Type" is "volume"
    And the JSON field "Mounts.0.Name" is "ddtest-vol4"
    And the JSON field "Mounts.0.Destination" is "/data"
    And the JSON field "Mounts.0.RW" is "false"
    And the JSON field "HostConfig.Binds.0" is "ddtest-vol4:/data:ro"
    When I send DELETE "/v1.41/volumes/ddtest-vol4"
    Then the status is 409
    And the error message contains "volume is in use"
    When I send DELETE "/v1.41/containers/ddtest-voluser"
    Then the status is 204
    When I send DELETE "/v1.41/volumes/ddtest-vol4"
    Then the status is 204

  Scenario: inspect shows each mount's mode text, RW and propagation as dockerd keeps them
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-modes" is removed after the scenario
    When I create a container named "ddtest-modes" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Volumes\":{\"/anon\":{}},\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"/etc:/b1\",\"/etc:/b2:ro,rslave\",\"/etc:/b3:z\",\"/etc:/b4:rw\",\"ddtest-modes:/n1\",\"ddtest-modes:/n2:ro,nocopy\"],\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"/etc\",\"Target\":\"/mb\",\"ReadOnly\":true},{\"Type\":\"volume\",\"Source\":\"ddtest-modes\",\"Target\":\"/mv\"},{\"Type\":\"volume\",\"Target\":\"/ma\"},{\"Type\":\"tmpfs\",\"Target\":\"/mt\"}]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-modes/json"
    Then the elements of the JSON array "Mounts" are, by their first column:
      | Destination | Type   | Driver | Mode      | RW    | Propagation |
      | /b1         | bind   |        |           | true  | rprivate    |
      | /b2         | bind   |        | ro,rslave | false | rslave      |
      | /b3         | bind   |        | z         | true  | rprivate    |
      | /b4         | bind   |        | rw        | true  | rprivate    |
      | /n1         | volume | local  | z         | true  |             |
      | /n2         | volume | local  | ro,nocopy | false |             |
      | /anon       | volume | local  |           | true  |             |
      | /mb         | bind   |        |           | false | rprivate    |
      | /mv         | volume | local  | z         | true  |             |
      | /ma         | volume | local  | z         | true  |             |
      | /mt         | tmpfs  |        |           | true  |             |
    When I send DELETE "/v1.41/containers/ddtest-modes?v=1"
    Then the status is 204

  Scenario: a bind of the daemon's root gets rslave propagation and cannot be private
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/info"
    Then I remember the JSON field "DockerRootDir" as "root"
    When I create a container named "ddtest-rootbind" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"<root>:/r\"]}}" with the remembered values
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-rootbind/json"
    Then the JSON field "Mounts.0.Propagation" is "rslave"
    And the JSON field "Mounts.0.Mode" is ""
    When I create a container named "ddtest-rootpriv" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Mounts\":[{\"Type\":\"bind\",\"Source\":\"<root>\",\"Target\":\"/r\",\"BindOptions\":{\"Propagation\":\"private\"}}]}}" with the remembered values
    Then the status is 400
    And the error message contains "must use either propagation mode \"rslave\" or \"rshared\" when mount source is within the daemon root"
    When I send GET "/v1.41/containers/ddtest-rootpriv/json"
    Then the status is 404
    When I send DELETE "/v1.41/containers/ddtest-rootbind"
    Then the status is 204

  Scenario: a read-only anonymous --mount volume is 400 and creates nothing
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-roanon" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Mounts\":[{\"Type\":\"volume\",\"Target\":\"/x\",\"ReadOnly\":true}]}}"
    Then the status is 400
    And the error message is "invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes"
    When I send GET "/v1.41/containers/ddtest-roanon/json"
    Then the status is 404

  @dockerd-20.10-answers-500
  Scenario: a relative mount path is 400 and creates nothing
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-badbind" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"Binds\":[\"ddtest-vol5:data\"]}}"
    Then the status is 400
    And the error message contains "mount path must be absolute"
    When I send GET "/v1.41/containers/ddtest-badbind/json"
    Then the status is 404

  Scenario: --volumes-from gives a container the mounts of another, read-only with :ro, and keeps its volumes in use
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-vf2" is removed after the scenario
    When I create a container named "ddtest-vfsrc" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Volumes\":{\"/anon\":{}},\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-vfsrc/json"
    Then I remember the JSON field "Mounts.0.Name" as "anon"
    When I create a container named "ddtest-vfuser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"VolumesFrom\":[\"ddtest-vfsrc:ro\"],\"Binds\":[\"ddtest-vf2:/logs\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-vfuser/json"
    Then the status is 200
    And the JSON field "HostConfig.VolumesFrom.0" is "ddtest-vfsrc:ro"
    And the JSON array has an element whose "Mounts.Destination" is "/anon"
    And the JSON array has an element whose "Mounts.Name" is "ddtest-vf2"
    And the JSON array has an element whose "Mounts.RW" is "false"
    And the JSON array has an element whose "Mounts.RW" is "true"
    When I send DELETE "/v1.41/containers/ddtest-vfsrc?v=1"
    Then the status is 204
    When I send DELETE "/v1.41/volumes/<anon>" with the remembered values
    Then the status is 409
    And the error message contains "volume is in use"
    When I send DELETE "/v1.41/containers/ddtest-vfuser?v=1"
    Then the status is 204
    When I send GET "/v1.41/volumes/<anon>" with the remembered values
    Then the status is 404

  Scenario: --volumes-from takes no mode text from the source's mounts, and RW only where both sides allow it
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-vf3" is removed after the scenario
    When I create a container named "ddtest-vf3src" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"/etc:/h:rw,rslave\",\"ddtest-vf3:/v:ro\",\"ddtest-vf3:/w\"]}}"
    Then the status is 201
    When I create a container named "ddtest-vf3user" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"VolumesFrom\":[\"ddtest-vf3src:rw\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-vf3user/json"
    Then the elements of the JSON array "Mounts" are, by their first column:
      | Destination | Type   | Driver | Mode | RW    | Propagation |
      | /h          | bind   |        |      | true  | rslave      |
      | /v          | volume | local  |      | false |             |
      | /w          | volume | local  |      | true  |             |
    When I send DELETE "/v1.41/containers/ddtest-vf3user"
    Then the status is 204
    When I send DELETE "/v1.41/containers/ddtest-vf3src"
    Then the status is 204

  Scenario: a named volume reached only through --volumes-from is not in use until that container starts
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-vfnamed" is removed after the scenario
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-vfnamed"}'
    And I create a container named "ddtest-vfnsrc" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"ddtest-vfnamed:/data\"]}}"
    And I create a container named "ddtest-vfnuser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"VolumesFrom\":[\"ddtest-vfnsrc\"]}}"
    Then the status is 201
    When I send DELETE "/v1.41/containers/ddtest-vfnsrc"
    Then the status is 204
    When I send DELETE "/v1.41/volumes/ddtest-vfnamed"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-vfnuser/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "get ddtest-vfnamed: no such volume"
    When I send GET "/v1.41/containers/ddtest-vfnuser/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-vfnamed"}'
    And I send POST "/v1.41/containers/ddtest-vfnuser/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-vfnuser/wait" with the body "" of type "application/json"
    And I send DELETE "/v1.41/volumes/ddtest-vfnamed"
    Then the status is 409
    And the error message contains "volume is in use"
    When I send DELETE "/v1.41/containers/ddtest-vfnuser"
    Then the status is 204
    When I send DELETE "/v1.41/volumes/ddtest-vfnamed"
    Then the status is 204

  Scenario: --volumes-from a container that does not exist is 400 and creates nothing
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-vfmissing" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"VolumesFrom\":[\"ddtest-nosuch-src\"]}}"
    Then the status is 400
    And the error message is "No such container: ddtest-nosuch-src"
    When I send GET "/v1.41/containers/ddtest-vfmissing/json"
    Then the status is 404

  Scenario: a container's volume is logged as created at the container's create, mounted at its start and unmounted when its run ends
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-evvol" is removed after the scenario
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-evvol"}'
    Then the status is 201
    When I create a container named "ddtest-evvol-c" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"ddtest-evvol:/data:ro\",\"/tmp:/hosttmp\"]}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-evvol-c/start" with the body "" of type "application/json"
    Then the status is 204
    When I wait up to 10 seconds for an event of this scenario with filters '{"volume":["ddtest-evvol"],"event":["unmount"]}'
    Then the streamed actions are "unmount"
    When I read this scenario's events with filters '{"type":["volume"]}'
    Then the streamed actions are "create,create,mount,unmount"
    And the streamed "mount" event has the attribute "destination" with the value "/data"
    And the streamed "mount" event has the attribute "read/write" with the value "false"
    And the streamed "mount" event has the attribute "driver" with the value "local"
    And the streamed "mount" event has the attribute "propagation" with the value ""
    When I send DELETE "/v1.41/containers/ddtest-evvol-c"
    Then the status is 204

  Scenario: a volume created without labels or options shows them null, with empty ones {}, and a container's volume without --mount volume-label null
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-vnull" is removed after the scenario
    And the volume "ddtest-vempty" is removed after the scenario
    And the volume "ddtest-vbyc" is removed after the scenario
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-vnull"}'
    Then the status is 201
    And the JSON field "Labels" is a null
    And the JSON field "Options" is a null
    When I send POST "/v1.41/volumes/create" with the JSON body '{"Name":"ddtest-vempty","Labels":{},"DriverOpts":{}}'
    Then the status is 201
    When I send GET "/v1.41/volumes/ddtest-vempty"
    Then the JSON field "Labels" is an object
    And the JSON field "Options" is an object
    When I create a container named "ddtest-vbyc-c" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"ddtest-vbyc:/data\"]}}"
    Then the status is 201
    When I send GET "/v1.41/volumes/ddtest-vbyc"
    Then the JSON field "Labels" is a null
    And the JSON field "Options" is a null
    When I send DELETE "/v1.41/containers/ddtest-vbyc-c"
    Then the status is 204

  @dockerd-20.10-answers-500
  Scenario: a bind's mode list is checked as dockerd checks it: one word of each kind, and a named volume takes no propagation
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-mode1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"/tmp:/x:ro,rw\"]}}"
    Then the status is 400
    And the error message is "invalid mode: ro,rw"
    When I create a container named "ddtest-mode1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"/tmp:/x:z,Z\"]}}"
    Then the status is 400
    And the error message is "invalid mode: z,Z"
    When I create a container named "ddtest-mode1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"ddtest-modevol:/x:rshared\"]}}"
    Then the status is 400
    And the error message is "invalid volume specification: 'ddtest-modevol:/x:rshared': invalid mount config for type \"volume\": field BindOptions must not be specified"
    When I send GET "/v1.41/containers/ddtest-mode1/json"
    Then the status is 404

  Scenario: consistency words are accepted in a bind's modes, and an anonymous volume cannot be read-only
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-mode3" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Mounts\":[{\"Type\":\"volume\",\"Target\":\"/x\",\"ReadOnly\":true}]}}"
    Then the status is 400
    And the error message is "invalid mount config for type \"volume\": must not set ReadOnly mode when using anonymous volumes"
    When I send GET "/v1.41/containers/ddtest-mode3/json"
    Then the status is 404
    When I create a container named "ddtest-mode2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"/tmp:/x:cached,ro\"]}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-mode2/json"
    Then the JSON field "HostConfig.Binds.0" is "/tmp:/x:cached,ro"
    When I send DELETE "/v1.41/containers/ddtest-mode2"
    Then the status is 204
