@scenario
Feature: Network endpoints of the Engine API v1.41
  Creating, listing, inspecting and removing networks; the predefined bridge, host and none
  networks; the errors dockerd gives for duplicates, unknown networks and predefined ones.

  Scenario: the predefined networks are listed
    When I send GET "/v1.41/networks"
    Then the status is 200
    And the JSON array has an element whose "Name" is "bridge"
    And the JSON array has an element whose "Name" is "host"
    And the JSON array has an element whose "Name" is "none"

  Scenario: a user network is created with the subnet asked for and inspected by name
    Given the network "ddtest-net1" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-net1","Labels":{"tier":"web"},"IPAM":{"Config":[{"Subnet":"10.213.50.0/24","Gateway":"10.213.50.1"}]}}'
    Then the status is 201
    And the JSON field "Id" is a string
    When I send GET "/v1.41/networks/ddtest-net1"
    Then the status is 200
    And the body matches the swagger schema of the "NetworkInspect" response
    And the JSON field "Name" is "ddtest-net1"
    And the JSON field "Driver" is "bridge"
    And the JSON field "Scope" is "local"
    And the JSON field "IPAM.Config.0.Subnet" is "10.213.50.0/24"
    And the JSON field "IPAM.Config.0.Gateway" is "10.213.50.1"
    And the JSON field "Labels.tier" is "web"
    And the JSON field "Containers" is an object

  Scenario: list filters by label and by type
    Given the network "ddtest-net2" exists
    When I send GET "/v1.41/networks?filters=%7B%22type%22%3A%7B%22custom%22%3Atrue%7D%7D"
    Then the status is 200
    And the JSON array has an element whose "Name" is "ddtest-net2"
    And the JSON array has no element whose "Name" is "bridge"

  Scenario: a second network with the same name is a conflict with CheckDuplicate, else created with a warning
    Given the network "ddtest-net3" exists
    When I send GET "/v1.41/networks/ddtest-net3"
    Then I remember the JSON field "Id" as "first"
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-net3","CheckDuplicate":true}'
    Then the status is 409
    And the error message is "network with name ddtest-net3 already exists"
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-net3"}'
    Then the status is 201
    And I remember the JSON field "Id" as "second"
    And the network whose id I remembered as "second" is removed after the scenario
    And the JSON field "Warning" is "Network with name ddtest-net3 (id : <first>) already exists" with the remembered values
    When I send GET "/v1.41/networks/ddtest-net3"
    Then the status is 400
    And the error message is "2 matches found based on name: network ddtest-net3 is ambiguous"
    When I send DELETE "/v1.41/networks/ddtest-net3"
    Then the status is 400
    And the error message is "network ddtest-net3 is ambiguous (2 matches found based on name)"
    When I send DELETE "/v1.41/networks/<second>" with the remembered values
    Then the status is 204
    When I send GET "/v1.41/networks/ddtest-net3"
    Then the JSON field "Id" is the remembered "first"

  Scenario: an unknown network is 404
    When I send GET "/v1.41/networks/ddtest-nosuch"
    Then the status is 404
    And the error message is "network ddtest-nosuch not found"

  Scenario: a predefined network cannot be removed
    When I send DELETE "/v1.41/networks/host"
    Then the status is 403
    And the error message is "host is a pre-defined network and cannot be removed"

  Scenario: a removed network is gone
    Given the network "ddtest-net4" exists
    When I send DELETE "/v1.41/networks/ddtest-net4"
    Then the status is 204
    When I send GET "/v1.41/networks/ddtest-net4"
    Then the status is 404

  Scenario: connecting a container that does not exist is 404
    Given the network "ddtest-net5" exists
    When I send POST "/v1.41/networks/ddtest-net5/connect" with the JSON body '{"Container":"ddtest-nocontainer"}'
    Then the status is 404
    And the error message is "No such container: ddtest-nocontainer"

  Scenario: prune removes unused user networks with the label
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-prune","Labels":{"ddtest-prune":"1"}}'
    Then the status is 201
    When I send POST "/v1.41/networks/prune?filters=%7B%22label%22%3A%5B%22ddtest-prune%22%5D%7D"
    Then the status is 200
    And the JSON field "NetworksDeleted.0" is "ddtest-prune"

  Scenario: a container on a user network is created with its mode and aliases
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-net5" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-net5","IPAM":{"Config":[{"Subnet":"10.213.55.0/24"}]}}'
    Then the status is 201
    When I create a container named "ddtest-netuser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-net5\",\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"8080\"}]}},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-net5\":{\"Aliases\":[\"svc\"]}}}}"
    Then the status is 201
    When I send GET "/v1.41/containers/ddtest-netuser/json"
    Then the status is 200
    And the JSON field "HostConfig.NetworkMode" is "ddtest-net5"
    And the JSON field "HostConfig.PortBindings.80/tcp.0.HostPort" is "8080"
    And the JSON field "NetworkSettings.Networks.ddtest-net5.Aliases.0" is "svc"
    When I send DELETE "/v1.41/containers/ddtest-netuser"
    Then the status is 204

  @containers
  Scenario: on a user network a container goes by its short id too once it has started or been connected, not when merely created
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-sid" is removed after the scenario
    And the network "ddtest-sidb" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-sid"}'
    Then the status is 201
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-sidb"}'
    Then the status is 201
    When I create a container named "ddtest-sid1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-sid\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-sid\":{\"Aliases\":[\"svc\"]}}}}"
    Then the status is 201
    And I remember the first 12 characters of the JSON field "Id" as "short1"
    When I send GET "/v1.41/containers/ddtest-sid1/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-sid.Aliases.0" is "svc"
    And the JSON field "NetworkSettings.Networks.ddtest-sid.Aliases.1" is absent
    When I send POST "/v1.41/containers/ddtest-sid1/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-sid1/wait" with the body "" of type "application/json"
    Then the status is 200
    When I send GET "/v1.41/containers/ddtest-sid1/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-sid.Aliases.0" is "svc"
    And the JSON field "NetworkSettings.Networks.ddtest-sid.Aliases.1" is the remembered "short1"
    And the JSON field "NetworkSettings.Networks.ddtest-sid.Aliases.2" is absent
    When I create a container named "ddtest-sid2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-sid\"}}"
    Then the status is 201
    And I remember the first 12 characters of the JSON field "Id" as "short2"
    When I send POST "/v1.41/networks/ddtest-sidb/connect" with the JSON body '{"Container":"ddtest-sid2","EndpointConfig":{"Aliases":["b"]}}'
    Then the status is 200
    When I send GET "/v1.41/containers/ddtest-sid2/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-sid.Aliases.0" is absent
    And the JSON field "NetworkSettings.Networks.ddtest-sidb.Aliases.0" is "b"
    And the JSON field "NetworkSettings.Networks.ddtest-sidb.Aliases.1" is the remembered "short2"

  @containers
  Scenario: a stopped container's fixed address goes to the next container that starts with it, and comes back once that one stops
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-ipy" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-ipy","IPAM":{"Config":[{"Subnet":"10.213.90.0/24"}]}}'
    Then the status is 201
    When I create a container named "ddtest-ipy1" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-ipy\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-ipy\":{\"IPAMConfig\":{\"IPv4Address\":\"10.213.90.10\"}}}}}"
    And I send POST "/v1.41/containers/ddtest-ipy1/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-ipy1/stop?t=0" with the body "" of type "application/json"
    Then the status is 204
    When I create a container named "ddtest-ipy2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-ipy\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-ipy\":{\"IPAMConfig\":{\"IPv4Address\":\"10.213.90.10\"}}}}}"
    And I send POST "/v1.41/containers/ddtest-ipy2/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-ipy2/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-ipy.IPAddress" is "10.213.90.10"
    And the JSON field "NetworkSettings.Networks.ddtest-ipy.IPAMConfig.IPv4Address" is "10.213.90.10"
    When I send POST "/v1.41/containers/ddtest-ipy1/start" with the body "" of type "application/json"
    Then the status is 403
    And the error message is "Address already in use"
    When I send GET "/v1.41/containers/ddtest-ipy1/json"
    Then the JSON field "State.Status" is "exited"
    And the JSON field "State.ExitCode" is "137"
    And the JSON field "State.Error" is "Address already in use"
    And the JSON field "NetworkSettings.Networks.ddtest-ipy.IPAMConfig.IPv4Address" is "10.213.90.10"
    When I send POST "/v1.41/containers/ddtest-ipy2/stop?t=0" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-ipy1/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-ipy1/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-ipy.IPAddress" is "10.213.90.10"
    When I send POST "/v1.41/containers/ddtest-ipy1/stop?t=0" with the body "" of type "application/json"
    Then the status is 204

  @containers
  Scenario: a container on an unknown network is created (API 1.41) and its start is 404
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-nonet" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-nosuchnet\"}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-nonet/start" with the body "" of type "application/json"
    Then the status is 404
    And the error message is "network ddtest-nosuchnet not found"
    When I send GET "/v1.41/containers/ddtest-nonet/json"
    Then the status is 200
    And the JSON field "State.Status" is "created"
    And the JSON field "State.Error" is "network ddtest-nosuchnet not found"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "HostConfig.NetworkMode" is "ddtest-nosuchnet"
    And the JSON field "NetworkSettings.Networks.ddtest-nosuchnet.NetworkID" is ""
    When I send DELETE "/v1.41/containers/ddtest-nonet"
    Then the status is 204

  @containers
  Scenario: a stopped container keeps a network removed under it, with the old id and nothing live
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-gone" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-gone","IPAM":{"Config":[{"Subnet":"10.213.57.0/24"}]}}'
    Then the status is 201
    And I remember the JSON field "Id" as "network"
    When I create a container named "ddtest-left" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-gone\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-gone\":{\"Aliases\":[\"svc\"]}}}}"
    And I send POST "/v1.41/containers/ddtest-left/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-left/stop?t=0" with the body "" of type "application/json"
    Then the status is 204
    When I send DELETE "/v1.41/networks/ddtest-gone"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-left/json"
    Then the status is 200
    And the JSON field "NetworkSettings.Networks.ddtest-gone.NetworkID" is the remembered "network"
    And the JSON field "NetworkSettings.Networks.ddtest-gone.Aliases.0" is "svc"
    And the JSON field "NetworkSettings.Networks.ddtest-gone.EndpointID" is ""
    And the JSON field "NetworkSettings.Networks.ddtest-gone.IPAddress" is ""
    And the JSON field "NetworkSettings.Networks.ddtest-gone.MacAddress" is ""
    When I send POST "/v1.41/containers/ddtest-left/start" with the body "" of type "application/json"
    Then the status is 404
    When I send DELETE "/v1.41/containers/ddtest-left"
    Then the status is 204

  Scenario: ExtraHosts and the Dns settings reach /etc/hosts and /etc/resolv.conf, and inspect shows them as sent
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-names" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox awk '/foo|bar/ {print $2, $1}' /etc/hosts; busybox cat /etc/resolv.conf\"],\"HostConfig\":{\"ExtraHosts\":[\"foo:192.0.2.4\",\"bar:192.0.2.8\"],\"Dns\":[\"192.0.2.53\"],\"DnsSearch\":[\"example.com\"],\"DnsOptions\":[\"ndots:2\"]}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-names/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-names/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-names/logs?stdout=1&stderr=1"
    Then the multiplexed output is "foo 192.0.2.4\nbar 192.0.2.8\nsearch example.com\nnameserver 192.0.2.53\noptions ndots:2\n"
    When I send GET "/v1.41/containers/ddtest-names/json"
    Then the JSON field "HostConfig.ExtraHosts.1" is "bar:192.0.2.8"
    And the JSON field "HostConfig.Dns.0" is "192.0.2.53"
    And the JSON field "HostConfig.DnsSearch.0" is "example.com"
    And the JSON field "HostConfig.DnsOptions.0" is "ndots:2"
    When I send DELETE "/v1.41/containers/ddtest-names"
    Then the status is 204

  Scenario: a Domainname joins the hostname in the container's own /etc/hosts record, and network aliases stay out of it
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-dom" exists
    When I create a container named "ddtest-dom" with the JSON body "{\"Image\":\"scenario-busybox\",\"Hostname\":\"h\",\"Domainname\":\"example.com\",\"Cmd\":[\"busybox\",\"sh\",\"-c\",\"busybox tail -n 1 /etc/hosts | busybox cut -f 2; busybox cat /etc/hostname\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-dom\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-dom\":{\"Aliases\":[\"db\"]}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-dom/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-dom/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-dom/logs?stdout=1&stderr=1"
    Then the multiplexed output is "h.example.com h\nh\n"
    When I send DELETE "/v1.41/containers/ddtest-dom"
    Then the status is 204

  Scenario: a malformed ExtraHosts entry is refused at create with dockerd's words, and nothing is created
    Given the image "scenario-busybox" holds this host's busybox
    When I send POST "/v1.41/containers/create?name=ddtest-badhost" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"ExtraHosts\":[\"foo\"]}}"
    Then the status is 400
    And the error message is "bad format for add-host: \"foo\""
    When I send POST "/v1.41/containers/create?name=ddtest-badhost" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"ExtraHosts\":[\"foo:notanip\"]}}"
    Then the status is 400
    And the error message is "invalid IP address in add-host: \"notanip\""
    When I send GET "/v1.41/containers/ddtest-badhost/json"
    Then the status is 404

  Scenario: a container that shares another's network cannot set dns, hosts or ports
    Given the image "scenario-busybox" holds this host's busybox
    When I send POST "/v1.41/containers/create?name=ddtest-sharer" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"container:ddtest-other\",\"Dns\":[\"192.0.2.53\"]}}"
    Then the status is 400
    And the error message is "conflicting options: dns and the network mode"
    When I send POST "/v1.41/containers/create?name=ddtest-sharer" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"container:ddtest-other\",\"ExtraHosts\":[\"foo:192.0.2.4\"]}}"
    Then the status is 400
    And the error message is "conflicting options: custom host-to-IP mapping and the network mode"
    When I send POST "/v1.41/containers/create?name=ddtest-sharer" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"container:ddtest-other\",\"PublishAllPorts\":true}}"
    Then the status is 400
    And the error message is "conflicting options: port publishing and the container type network mode"
    When I send POST "/v1.41/containers/create?name=ddtest-sharer" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"ExposedPorts\":{\"80/tcp\":{}},\"HostConfig\":{\"NetworkMode\":\"container:ddtest-other\"}}"
    Then the status is 400
    And the error message is "conflicting options: port exposing and the container type network mode"
    When I send GET "/v1.41/containers/ddtest-sharer/json"
    Then the status is 404

  Scenario: on a user network an endpoint's Links alias is a DNS name for the linking container only, and HostConfig.Links are dropped
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-lnet" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-lnet","IPAM":{"Config":[{"Subnet":"10.213.57.0/24"}]}}'
    Then the status is 201
    When I create a container named "ddtest-lntarget" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-lnet\"}}"
    And I send POST "/v1.41/containers/ddtest-lntarget/start" with the body "" of type "application/json"
    Then the status is 204
    When I create a container named "ddtest-lnuser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"nslookup -type=a dbalias 127.0.0.11 | grep -q 'Name:.*dbalias' && echo resolved || echo unresolved\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-lnet\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-lnet\":{\"Links\":[\"ddtest-lntarget:dbalias\"]}}}}"
    And I send POST "/v1.41/containers/ddtest-lnuser/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-lnuser/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-lnuser/logs?stdout=1&stderr=1"
    Then the multiplexed output is "resolved\n"
    When I create a container named "ddtest-lnother" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"nslookup -type=a dbalias 127.0.0.11 | grep -q 'Name:.*dbalias' && echo resolved || echo unresolved\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-lnet\",\"Links\":[\"ddtest-lntarget:dbalias\"]}}"
    And I send POST "/v1.41/containers/ddtest-lnother/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-lnother/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-lnother/logs?stdout=1&stderr=1"
    Then the multiplexed output is "unresolved\n"
    When I send GET "/v1.41/containers/ddtest-lnother/json"
    Then the JSON field "HostConfig.Links" is "null"
    When I send GET "/v1.41/containers/ddtest-lnuser/json"
    Then the JSON field "HostConfig.Links" is "null"
    And the JSON field "NetworkSettings.Networks.ddtest-lnet.Links.0" is "ddtest-lntarget:dbalias"
    When I send DELETE "/v1.41/containers/ddtest-lnother"
    And I send DELETE "/v1.41/containers/ddtest-lnuser"
    And I send DELETE "/v1.41/containers/ddtest-lntarget?force=1"
    Then the status is 204

  Scenario: a stopped container keeps its last run's SandboxID and SandboxKey
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-sbstop" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    And I send POST "/v1.41/containers/ddtest-sbstop/start" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-sbstop/json"
    Then I remember the JSON field "NetworkSettings.SandboxID" as "sandbox"
    And I remember the JSON field "NetworkSettings.SandboxKey" as "key"
    When I send POST "/v1.41/containers/ddtest-sbstop/stop?t=0" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-sbstop/json"
    Then the JSON field "State.Running" is "false"
    And the JSON field "NetworkSettings.SandboxID" is the remembered "sandbox"
    And the JSON field "NetworkSettings.SandboxKey" is the remembered "key"
    And the JSON field "NetworkSettings.SandboxID" is a hex-id
    When I send DELETE "/v1.41/containers/ddtest-sbstop?force=1"
    Then the status is 204

  Scenario: a running container's SandboxID is a 64-hex id for none and host networking, and empty before its first start or when it shares another's network
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-sbnone" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"none\"}}"
    And I send GET "/v1.41/containers/ddtest-sbnone/json"
    Then the JSON field "NetworkSettings.SandboxID" is ""
    When I send POST "/v1.41/containers/ddtest-sbnone/start" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-sbnone/json"
    Then the JSON field "NetworkSettings.SandboxID" is a hex-id
    When I create a container named "ddtest-sbhost" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"host\"}}"
    And I send POST "/v1.41/containers/ddtest-sbhost/start" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-sbhost/json"
    Then the JSON field "NetworkSettings.SandboxID" is a hex-id
    When I create a container named "ddtest-sbshare" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"container:ddtest-sbnone\"}}"
    And I send POST "/v1.41/containers/ddtest-sbshare/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-sbshare/json"
    Then the JSON field "NetworkSettings.SandboxID" is ""
    And the JSON field "NetworkSettings.SandboxKey" is ""
    When I send DELETE "/v1.41/containers/ddtest-sbshare?force=1"
    And I send DELETE "/v1.41/containers/ddtest-sbhost?force=1"
    And I send DELETE "/v1.41/containers/ddtest-sbnone?force=1"
    Then the status is 204

  Scenario: bridge driver options are checked at create with dockerd's messages, and a bridge name is one network's only
    Given the network "ddtest-brname1" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-longbr","Options":{"com.docker.network.bridge.name":"abcdefghijklmnop"}}'
    Then the status is 500
    And the error message is "failed to check bridge interface existence: numerical result out of range"
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-badmtu","Options":{"com.docker.network.driver.mtu":"abc"}}'
    Then the status is 500
    And the error message is "failed to parse com.docker.network.driver.mtu value: abc (strconv.Atoi: parsing \"abc\": invalid syntax)"
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-badicc","Options":{"com.docker.network.bridge.enable_icc":"maybe"}}'
    Then the status is 500
    And the error message is "failed to parse com.docker.network.bridge.enable_icc value: maybe (strconv.ParseBool: parsing \"maybe\": invalid syntax)"
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-brname1","Options":{"com.docker.network.bridge.name":"ddtestbr1","com.docker.network.driver.mtu":"1400","com.docker.network.unknown":"kept"},"IPAM":{"Config":[{"Subnet":"10.213.58.0/24"}]}}'
    Then the status is 201
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-brname2","Options":{"com.docker.network.bridge.name":"ddtestbr1"},"IPAM":{"Config":[{"Subnet":"10.213.59.0/24"}]}}'
    Then the status is 403
    And the error message contains "networks have same bridge name"
    When I send GET "/v1.41/networks/ddtest-longbr"
    Then the status is 404
    When I send GET "/v1.41/networks/ddtest-brname2"
    Then the status is 404

  Scenario: a subnet written with host bits is kept as written; a swarm scope is refused without swarm
    Given the network "ddtest-hostbits" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-hostbits","IPAM":{"Config":[{"Subnet":"10.213.61.1/24"}]}}'
    Then the status is 201
    When I send GET "/v1.41/networks/ddtest-hostbits"
    Then the JSON field "IPAM.Config.0.Subnet" is "10.213.61.1/24"
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-swarm","Scope":"swarm"}'
    Then the status is 403
    And the error message is "cannot create a swarm scoped network when swarm is not active"
    When I send GET "/v1.41/networks/ddtest-swarm"
    Then the status is 404

  Scenario: published ports with the host network are discarded with a warning
    Given the image "scenario-busybox" holds this host's busybox
    When I create a container named "ddtest-hostports" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"host\",\"PortBindings\":{\"80/tcp\":[{\"HostPort\":\"8080\"}]}}}"
    Then the status is 201
    And the JSON field "Warnings.0" is "Published ports are discarded when using host network mode"
    When I send DELETE "/v1.41/containers/ddtest-hostports?force=1"
    Then the status is 204

  @dockerd-20.10-answers-500
  Scenario: a subnet that is no CIDR block is 400 and creates nothing
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-badcidr","IPAM":{"Config":[{"Subnet":"10.213.62.0/33"}]}}'
    Then the status is 400
    And the error message is "Invalid subnet 10.213.62.0/33 : invalid CIDR address: 10.213.62.0/33"
    When I send GET "/v1.41/networks/ddtest-badcidr"
    Then the status is 404

  Scenario: a fixed address the network cannot give is refused when the container starts, which leaves it created
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-fixedip" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-fixedip","IPAM":{"Config":[{"Subnet":"10.213.63.0/24"}]}}'
    Then the status is 201
    When I create a container named "ddtest-gwip" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-fixedip\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-fixedip\":{\"IPAMConfig\":{\"IPv4Address\":\"10.213.63.1\"}}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-gwip/start" with the body "" of type "application/json"
    Then the status is 403
    And the error message is "Address already in use"
    When I send GET "/v1.41/containers/ddtest-gwip/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.Error" is "Address already in use"
    When I create a container named "ddtest-farip" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-fixedip\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-fixedip\":{\"IPAMConfig\":{\"IPv4Address\":\"10.213.64.50\"}}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-farip/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "Invalid address 10.213.64.50: It does not belong to any of this network's subnets"
    When I send DELETE "/v1.41/containers/ddtest-gwip?force=1"
    Then the status is 204
    When I send DELETE "/v1.41/containers/ddtest-farip?force=1"
    Then the status is 204

  Scenario: a fixed address a running container holds is taken at create and refused at start with 403, which leaves the container created
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-takenip" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-takenip","IPAM":{"Config":[{"Subnet":"10.213.65.0/24"}]}}'
    Then the status is 201
    When I create a container named "ddtest-ipholder" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-takenip\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-takenip\":{\"IPAMConfig\":{\"IPv4Address\":\"10.213.65.5\"}}}}}"
    And I send POST "/v1.41/containers/ddtest-ipholder/start" with the body "" of type "application/json"
    Then the status is 204
    When I create a container named "ddtest-ipwanter" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-takenip\"},\"NetworkingConfig\":{\"EndpointsConfig\":{\"ddtest-takenip\":{\"IPAMConfig\":{\"IPv4Address\":\"10.213.65.5\"}}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-ipwanter/start" with the body "" of type "application/json"
    Then the status is 403
    And the error message is "Address already in use"
    When I send GET "/v1.41/containers/ddtest-ipwanter/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.Error" is "Address already in use"
    And the JSON field "State.ExitCode" is "128"
    When I send DELETE "/v1.41/containers/ddtest-ipholder?force=1"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-ipwanter/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-ipwanter/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-takenip.IPAddress" is "10.213.65.5"
    When I send DELETE "/v1.41/containers/ddtest-ipwanter?force=1"
    Then the status is 204

  Scenario: Links given at network connect are kept on that endpoint and each alias is a DNS name for the connected container only
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-cln" is removed after the scenario
    And the network "ddtest-clhome" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-cln","IPAM":{"Config":[{"Subnet":"10.213.66.0/24"}]}}'
    Then the status is 201
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-clhome","IPAM":{"Config":[{"Subnet":"10.213.67.0/24"}]}}'
    Then the status is 201
    When I create a container named "ddtest-cltarget" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-cln\"}}"
    And I send POST "/v1.41/containers/ddtest-cltarget/start" with the body "" of type "application/json"
    Then the status is 204
    When I create a container named "ddtest-cluser" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"nslookup -type=a dbalias 127.0.0.11 | grep -q 'Name:.*dbalias' && echo resolved || echo unresolved\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-clhome\"}}"
    And I send POST "/v1.41/networks/ddtest-cln/connect" with the JSON body '{"Container":"ddtest-cluser","EndpointConfig":{"Links":["ddtest-cltarget:dbalias"]}}'
    Then the status is 200
    When I send GET "/v1.41/containers/ddtest-cluser/json"
    Then the JSON field "NetworkSettings.Networks.ddtest-cln.Links.0" is "ddtest-cltarget:dbalias"
    And the JSON field "NetworkSettings.Networks.ddtest-clhome.Links" is "null"
    And the JSON field "HostConfig.Links" is "null"
    When I send POST "/v1.41/containers/ddtest-cluser/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-cluser/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-cluser/logs?stdout=1&stderr=1"
    Then the multiplexed output is "resolved\n"
    When I create a container named "ddtest-clother" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"nslookup -type=a dbalias 127.0.0.11 | grep -q 'Name:.*dbalias' && echo resolved || echo unresolved\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-cln\"}}"
    And I send POST "/v1.41/containers/ddtest-clother/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-clother/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-clother/logs?stdout=1&stderr=1"
    Then the multiplexed output is "unresolved\n"
    When I send DELETE "/v1.41/containers/ddtest-clother"
    And I send DELETE "/v1.41/containers/ddtest-cluser"
    And I send DELETE "/v1.41/containers/ddtest-cltarget?force=1"
    Then the status is 204

  Scenario: a network's inspect lists only its running containers under Containers, with dockerd's fixed fields
    Given the image "scenario-busybox" holds this host's busybox
    And the network "ddtest-insp" is removed after the scenario
    When I send POST "/v1.41/networks/create" with the JSON body '{"Name":"ddtest-insp","IPAM":{"Config":[{"Subnet":"10.213.68.0/24"}]},"Labels":{"k":"v"},"Options":{"com.docker.network.driver.mtu":"1400"}}'
    Then the status is 201
    When I create a container named "ddtest-insrun" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"busybox\",\"sleep\",\"300\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-insp\"}}"
    Then I remember the JSON field "Id" as "running"
    When I send POST "/v1.41/containers/ddtest-insrun/start" with the body "" of type "application/json"
    Then the status is 204
    When I create a container named "ddtest-inscreated" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"ddtest-insp\"}}"
    Then I remember the JSON field "Id" as "created"
    When I send GET "/v1.41/networks/ddtest-insp"
    Then the status is 200
    And the JSON field "Containers.<running>.Name" is "ddtest-insrun" with the remembered values
    And the JSON field "Containers.<running>.IPv4Address" is "10.213.68.2/24" with the remembered values
    And the JSON field "Containers.<running>.MacAddress" is "02:42:0a:d5:44:02" with the remembered values
    And the JSON field "Containers.<running>.IPv6Address" is "" with the remembered values
    And the JSON field "Containers.<created>" is absent with the remembered values
    And the JSON field "IPAM.Driver" is "default"
    And the JSON field "IPAM.Config.0.Subnet" is "10.213.68.0/24"
    And the JSON field "Labels.k" is "v"
    And the JSON field "Scope" is "local"
    And the JSON field "Internal" is "false"
    And the JSON field "Attachable" is "false"
    And the JSON field "Ingress" is "false"
    And the JSON field "ConfigOnly" is "false"
    And the JSON field "ConfigFrom.Network" is ""
    And the JSON field "EnableIPv6" is "false"
    When I send POST "/v1.41/containers/ddtest-insrun/stop?t=0" with the body "" of type "application/json"
    And I send GET "/v1.41/networks/ddtest-insp"
    Then the JSON field "Containers.<running>" is absent with the remembered values
    When I send DELETE "/v1.41/containers/ddtest-insrun"
    And I send DELETE "/v1.41/containers/ddtest-inscreated"
    Then the status is 204
