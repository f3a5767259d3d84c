@scenario @images
Feature: Image endpoints of the Engine API v1.41
  List, inspect, history, tag and delete over the socket, with dockerd's status codes and messages,
  on an image every engine can make: this host's busybox, imported (drydock's built-in hello:latest
  is drydock's own and is not used here).

  Scenario: the image list shows an imported image
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/images/json"
    Then the status is 200
    And the header "Content-Type" is "application/json"
    And the JSON array has an element whose "RepoTags" contains "scenario-busybox:latest"

  Scenario: inspecting an image by name
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/images/scenario-busybox/json"
    Then the status is 200
    And the JSON field "RepoTags.0" is "scenario-busybox:latest"
    And the JSON field "Os" is "linux"
    And the JSON field "Id" is a string
    And the JSON field "RootFS.Type" is "layers"

  Scenario: the history of an image
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/images/scenario-busybox:latest/history"
    Then the status is 200
    And the JSON array has 1 element

  Scenario: an unknown image is 404
    When I send GET "/v1.41/images/nosuch/json"
    Then the status is 404
    And the error message is "no such image: nosuch: No such image: nosuch:latest"
    When I send GET "/v1.41/images/nosuch/get"
    Then the status is 404
    And the error message is "No such image: nosuch"

  Scenario: tagging and removing the tag again
    Given the image "scenario-busybox" holds this host's busybox
    When I send POST "/v1.41/images/scenario-busybox/tag?repo=scenario/hello&tag=t1" with the body "" of type "application/json"
    Then the status is 201
    When I send GET "/v1.41/images/scenario/hello:t1/json"
    Then the status is 200
    When I send DELETE "/v1.41/images/scenario/hello:t1"
    Then the status is 200
    And the JSON array has an element whose "Untagged" contains "scenario/hello:t1"
    When I send GET "/v1.41/images/scenario/hello:t1/json"
    Then the status is 404

  @dockerd-20.10-answers-500
  Scenario: a tag with a bad repository name is refused
    Given the image "scenario-busybox" holds this host's busybox
    When I send POST "/v1.41/images/scenario-busybox/tag?repo=UPPER&tag=x" with the body "" of type "application/json"
    Then the status is 400

  Scenario: deleting an unknown image is 404
    When I send DELETE "/v1.41/images/nosuch:latest"
    Then the status is 404

  Scenario: importing a root file system makes an image
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/images/scenario-busybox/json"
    Then the status is 200
    And the JSON field "RootFS.Layers.0" is a string

  Scenario: the build cache prune that docker system prune sends answers with what it reclaimed
    When I send POST "/v1.41/build/prune?all=1&filters=%7B%22until%22%3A%7B%2224h%22%3Atrue%7D%7D" with the body "" of type "application/json"
    Then the status is 200
    And the JSON field "SpaceReclaimed" is "0"

  Scenario: the build cache prune refuses a filter it does not know and two values of one
    When I send POST "/v1.41/build/prune?filters=%7B%22dangling%22%3A%7B%22true%22%3Atrue%7D%7D" with the body "" of type "application/json"
    Then the status is 400
    And the error message is "failed to prune build cache: Invalid filter 'dangling'"
    When I send POST "/v1.41/build/prune?filters=%7B%22id%22%3A%5B%22a%22%2C%22b%22%5D%7D" with the body "" of type "application/json"
    Then the status is 400
    And the error message is "failed to prune build cache: filters expect only one value"

  Scenario: the build cache prune's until is a Go duration
    When I send POST "/v1.41/build/prune?filters=%7B%22until%22%3A%7B%222020-01-01%22%3Atrue%7D%7D" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "failed to prune build cache: \"until\" filter expects a duration (e.g., '24h'): time: unknown unit \"-\" in duration \"2020-01-01\""

  Scenario: removing a committed image lists its untag, the image, and the one layer no other image has, as dockerd's Deleted lines
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-rmilayer" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"echo layer > /ddtest-layer\"]}"
    And I send POST "/v1.41/containers/ddtest-rmilayer/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-rmilayer/wait" with the body "" of type "application/json"
    And I send POST "/v1.41/commit?container=ddtest-rmilayer&repo=ddtest-rmilayer&tag=1" with the body "" of type "application/json"
    Then the status is 201
    And I remember the JSON field "Id" as "image"
    When I send DELETE "/v1.41/containers/ddtest-rmilayer"
    Then the status is 204
    When I send DELETE "/v1.41/images/ddtest-rmilayer:1"
    Then the status is 200
    And the JSON array has 3 elements
    And the JSON field "0.Untagged" is "ddtest-rmilayer:1"
    And the JSON field "1.Deleted" is the remembered "image"
    And the JSON field "2.Deleted" is a string
    When I send GET "/v1.41/images/scenario-busybox/json"
    Then the status is 200

  Scenario: committing a container that changed no file adds no layer, only a history entry, as dockerd
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-nochange" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    And I send POST "/v1.41/containers/ddtest-nochange/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-nochange/wait" with the body "" of type "application/json"
    And I send POST "/v1.41/commit?container=ddtest-nochange&repo=ddtest-nochange&tag=1" with the body "" of type "application/json"
    Then the status is 201
    And the image "ddtest-nochange:1" is removed after the scenario
    When I send GET "/v1.41/images/ddtest-nochange:1/json"
    Then the status is 200
    And the JSON field "RootFS.Layers.0" is a string
    And the JSON field "RootFS.Layers.1" is absent
    When I send GET "/v1.41/images/ddtest-nochange:1/history"
    Then the status is 200
    And the JSON array has 2 elements
    And the JSON field "0.Size" is "0"
    When I send DELETE "/v1.41/containers/ddtest-nochange"
    Then the status is 204

  Scenario: loading an archive that holds no image fails in-band, as dockerd's load always answers 200
    When I send POST "/v1.41/images/load?quiet=1" with the body "" of type "application/x-tar"
    Then the JSON stream ends with an error that contains ""

  Scenario: pushing an image that does not exist names the repository, then fails in-band
    When I send POST "/v1.41/images/ddtest-nosuch-push/push" with the body "{}" of type "application/json"
    Then the JSON stream ends with an error that contains "An image does not exist locally with the tag: ddtest-nosuch-push"

  Scenario: an imported image's ContainerConfig is all empty, and no container made it
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/images/scenario-busybox/json"
    Then the status is 200
    And the JSON field "Container" is ""
    And the JSON field "ContainerConfig" is an object
    And the JSON field "ContainerConfig.Hostname" is ""
    And the JSON field "ContainerConfig.Image" is ""
    And the JSON field "ContainerConfig.AttachStdout" is "false"

  Scenario: a committed image keeps the container it came from and that container's config before the changes
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-ccfg" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Env\":[\"A=1\"],\"Labels\":{\"l\":\"v\"},\"WorkingDir\":\"/tmp\"}"
    Then the status is 201
    And I remember the JSON field "Id" as "container"
    When I send POST "/v1.41/commit?container=ddtest-ccfg&repo=ddtest-ccfg&tag=1&changes=ENV%20B%3D2" with the body "" of type "application/json"
    Then the status is 201
    And the image "ddtest-ccfg:1" is removed after the scenario
    When I send GET "/v1.41/images/ddtest-ccfg:1/json"
    Then the status is 200
    And the JSON field "Container" is the remembered "container"
    And the JSON field "ContainerConfig.Image" is "scenario-busybox"
    And the JSON field "ContainerConfig.Env.0" is "A=1"
    And the JSON field "ContainerConfig.Env.1" is absent
    And the JSON field "ContainerConfig.Cmd.0" is "true"
    And the JSON field "ContainerConfig.WorkingDir" is "/tmp"
    And the JSON field "ContainerConfig.Labels.l" is "v"
    And the JSON field "Config.Env.1" is "B=2"
    When I send DELETE "/v1.41/containers/ddtest-ccfg"
    Then the status is 204

  Scenario: a committed image's Config carries the container's hostname, streams and image as its ContainerConfig does
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-csettings" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Hostname\":\"commithost\",\"AttachStdout\":true,\"AttachStderr\":true,\"OpenStdin\":true}"
    Then the status is 201
    When I send POST "/v1.41/commit?container=ddtest-csettings&repo=ddtest-csettings&tag=1" with the body "" of type "application/json"
    Then the status is 201
    And the image "ddtest-csettings:1" is removed after the scenario
    When I send GET "/v1.41/images/ddtest-csettings:1/json"
    Then the status is 200
    And the JSON field "Config.Hostname" is "commithost"
    And the JSON field "Config.Domainname" is ""
    And the JSON field "Config.AttachStdin" is "false"
    And the JSON field "Config.AttachStdout" is "true"
    And the JSON field "Config.AttachStderr" is "true"
    And the JSON field "Config.Tty" is "false"
    And the JSON field "Config.OpenStdin" is "true"
    And the JSON field "Config.Image" is "scenario-busybox"
    And the JSON field "ContainerConfig.Hostname" is "commithost"
    And the JSON field "ContainerConfig.AttachStdout" is "true"
    And the JSON field "ContainerConfig.OpenStdin" is "true"
    When I create a container named "ddtest-csettings2" with the JSON body "{\"Image\":\"ddtest-csettings:1\"}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-csettings2/json"
    Then the JSON field "Config.OpenStdin" is "false"
    When I send DELETE "/v1.41/containers/ddtest-csettings2"
    Then the status is 204
    When I send DELETE "/v1.41/containers/ddtest-csettings"
    Then the status is 204

  Scenario: once a container was made from it, an image's inspect names the directory of its top layer
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-graphdriver" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    When I send GET "/v1.41/images/scenario-busybox/json"
    Then the status is 200
    And the JSON field "GraphDriver.Name" is "overlay2"
    And the JSON field "GraphDriver.Data.UpperDir" is a string
    When I send DELETE "/v1.41/containers/ddtest-graphdriver"
    Then the status is 204
