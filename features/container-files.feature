@scenario @containers
Feature: Container file endpoints of the Engine API v1.41
  Changes, export, archive (docker cp) and commit: status codes and dockerd's error messages.

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: a new container has no changes and its missing paths are 404
    When I create a container named "files-fresh" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"]}"
    Then the status is 201
    When I send GET "/v1.41/containers/files-fresh/changes"
    Then the status is 200
    When I send GET "/v1.41/containers/files-fresh/archive?path=/nonexistent"
    Then the status is 404
    And the error message is "Could not find the file /nonexistent in container files-fresh"
    When I send GET "/v1.41/containers/files-fresh/archive?path=/bin/sh"
    Then the status is 200
    And the header "Content-Type" is "application/x-tar"
    When I send DELETE "/v1.41/containers/files-fresh"
    Then the status is 204

  Scenario: a started container has the empty /.dockerenv that scripts look for, and export holds it
    When I create a container named "files-env" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"stat\",\"-c\",\"%F %a %s %u\",\"/.dockerenv\"]}"
    And I send POST "/v1.41/containers/files-env/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/files-env/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/files-env/logs?stdout=1&stderr=1"
    Then the multiplexed output is "regular empty file 755 0 0\n"
    When I send HEAD "/v1.41/containers/files-env/archive?path=/.dockerenv"
    Then the status is 200

  Scenario: a container never started already has dockerd's init files, which archive and export show
    When I create a container named "files-init" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    Then the status is 201
    When I send GET "/v1.41/containers/files-init/archive?path=/etc/hostname"
    Then the status is 200
    And the tar entry "hostname" is "file 755 0"
    When I send GET "/v1.41/containers/files-init/export"
    Then the status is 200
    And the tar entry ".dockerenv" is "file 755 0"
    And the tar entry "dev/console" is "file 755 0"
    And the tar entry "dev/pts" is "dir 755"
    And the tar entry "dev/shm" is "dir 755"
    And the tar entry "etc/hosts" is "file 755 0"
    And the tar entry "etc/resolv.conf" is "file 755 0"
    And the tar entry "etc/mtab" is "symlink /proc/mounts"
    And the tar entry "proc" is "dir 755"
    And the tar entry "sys" is "dir 755"

  Scenario: archive shows a started-then-stopped container's own hostname, hosts and resolv.conf files, not the rootfs's empty ones
    When I create a container named "files-netfiles" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"Hostname\":\"cphost\",\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    And I send POST "/v1.41/containers/files-netfiles/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/files-netfiles/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/files-netfiles/archive?path=/etc/hostname"
    Then the status is 200
    And the tar entry "hostname" is "file 644 7"
    When I send GET "/v1.41/containers/files-netfiles/archive?path=/etc"
    Then the status is 200
    And the tar entry "etc/hostname" is "file 644 7"

  Scenario: a started container's /etc/mtab is the mount table, and neither it nor /.dockerenv is a change
    When I create a container named "files-mtab" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"readlink\",\"/etc/mtab\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    And I send POST "/v1.41/containers/files-mtab/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/files-mtab/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/files-mtab/logs?stdout=1&stderr=1"
    Then the multiplexed output is "/proc/mounts\n"
    When I send GET "/v1.41/containers/files-mtab/changes"
    Then the status is 200
    And the JSON array has 0 elements

  Scenario: archive and export name each entry's owner from the container's own /etc/passwd and /etc/group
    When I create a container named "files-owners" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"echo files-user:x:4321:4322::/:/bin/sh >> /etc/passwd; echo files-group:x:4322: >> /etc/group; busybox mkdir /owned; busybox touch /owned/mine /owned/nameless; busybox chown 4321:4322 /owned/mine; busybox chown 4323:4324 /owned/nameless\"]}"
    And I send POST "/v1.41/containers/files-owners/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/files-owners/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/files-owners/archive?path=/owned"
    Then the status is 200
    And the tar entry "owned/mine" is owned by "4321/4322 files-user/files-group"
    And the tar entry "owned/nameless" is owned by "4323/4324 /"
    When I send GET "/v1.41/containers/files-owners/export"
    Then the status is 200
    And the tar entry "owned/mine" is owned by "4321/4322 files-user/files-group"
    And the tar entry "owned/nameless" is owned by "4323/4324 /"

  Scenario: size=1 counts a file and its hard links once
    When I create a container named "files-links" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox head -c 1000 /dev/zero > /big; busybox ln /big /big2; busybox mkdir /d; busybox ln /big /d/big3\"]}"
    And I send POST "/v1.41/containers/files-links/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/files-links/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/files-links/json?size=1"
    Then the JSON field "SizeRw" is "1000"

  Scenario: size=1 reports the container's own bytes and those with its image's, in the list and in inspect
    When I create a container named "files-size" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox head -c 1000 /dev/zero > /big\"]}"
    And I send POST "/v1.41/containers/files-size/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/files-size/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/files-size/json?size=1"
    Then the JSON field "SizeRw" is "1000"
    And the JSON field "SizeRootFs" is a positive-integer
    When I send GET "/v1.41/containers/files-size/json"
    Then the JSON field "SizeRw" is absent
    And the JSON field "GraphDriver.Name" is "overlay2"
    And the JSON field "GraphDriver.Data.UpperDir" is a string
    And the JSON field "GraphDriver.Data.MergedDir" is a string
    And the JSON field "GraphDriver.Data.LowerDir" is a string
    When I send GET "/v1.41/containers/json?all=1&size=1"
    Then the JSON field "0.SizeRw" is "1000"
    And the JSON field "0.SizeRootFs" is a positive-integer
    When I send GET "/v1.41/containers/json?all=1"
    Then the JSON field "0.SizeRw" is absent

  Scenario Outline: an unknown container is 404 for every file operation
    When I send <method> "<path>"
    Then the status is 404
    And the error message is "No such container: nosuch"

    Examples:
      | method | path                                       |
      | GET    | /v1.41/containers/nosuch/changes           |
      | GET    | /v1.41/containers/nosuch/export            |
      | GET    | /v1.41/containers/nosuch/archive?path=/etc |
      | POST   | /v1.41/commit?container=nosuch             |
