@scenario
Feature: System endpoints of the Engine API v1.41
  Ping, version, info and data usage, the version prefix rules and the answers for paths that do
  not exist — what every client relies on before it does anything else.

  Scenario: GET /_ping answers OK with the negotiation headers
    When I send GET "/_ping"
    Then the status is 200
    And the body is "OK"
    And the header "API-Version" is "1.41"
    And the header "OSType" is "linux"
    And the header "Docker-Experimental" is "false"
    And the header "Cache-Control" is "no-cache, no-store, must-revalidate"
    And the header "Pragma" is "no-cache"
    And the header "Builder-Version" is absent or one of "1, 2"

  Scenario: HEAD /_ping answers with the same headers and no body
    When I send HEAD "/_ping" and then GET "/_ping" on the same connection
    Then the status is 200
    And the header "API-Version" is "1.41"
    And the header "OSType" is "linux"
    And the header "Content-Length" is "0"
    And the second response is 200 with the body "OK"

  Scenario Outline: every route is served unversioned and under each supported version prefix
    When I send GET "<path>"
    Then the status is 200
    And the header "API-Version" is "1.41"

    Examples:
      | path            |
      | /_ping          |
      | /v1.24/_ping    |
      | /v1.30/_ping    |
      | /v1.41/_ping    |
      | /version        |
      | /v1.24/version  |
      | /info           |
      | /v1.41/info     |

  Scenario: GET /version describes the engine
    When I send GET "/v1.41/version"
    Then the status is 200
    And the header "Content-Type" is "application/json"
    And the body matches the swagger schema of the "SystemVersion" response
    And the JSON field "ApiVersion" is "1.41"
    # dockerd up to 24 serves API versions from 1.12, from 25 on (and drydock) from 1.24
    And the JSON field "MinAPIVersion" is one of "1.12, 1.24"
    And the JSON field "Os" is "linux"
    And the JSON field "Arch" is a string
    And the JSON field "Version" is a string
    And the JSON field "KernelVersion" is this host's kernel version
    And the JSON field "Components.0.Name" is "Engine"
    And the JSON field "Components.0.Details.ApiVersion" is "1.41"

  Scenario: GET /info reports true figures for this host
    When I send GET "/v1.41/info"
    Then the status is 200
    And the header "Content-Type" is "application/json"
    And the body matches the swagger schema of the "SystemInfo" response
    And the JSON field "ID" is a string
    And the JSON field "Containers" is an integer
    And the container counts by state add up to "Containers"
    And the JSON field "Images" is an integer
    And the JSON field "Driver" is "overlay2"
    And the JSON field "CgroupDriver" is "cgroupfs"
    And the JSON field "CgroupVersion" is this host's cgroup version
    And the JSON field "KernelVersion" is this host's kernel version
    And the JSON field "OSType" is "linux"
    And the JSON field "NCPU" is at most this host's processor count
    And the JSON field "MemTotal" is this host's total memory
    And the JSON field "DockerRootDir" is a string
    And the JSON field "Runtimes" is an object
    And the JSON field "DefaultRuntime" is a string
    And the JSON field "Plugins" is an object
    And the JSON field "Plugins.Volume.0" is "local"
    And the JSON field "Plugins.Network.0" is "bridge"
    And the JSON field "Plugins.Log" is an array
    And the JSON field "Swarm.LocalNodeState" is "inactive"
    And the JSON field "IndexServerAddress" is "https://index.docker.io/v1/"

  Scenario: GET /system/df lists the containers, images and volumes as their own lists show them
    Given the image "scenario-busybox" holds this host's busybox
    And the volume "ddtest-dfv" exists
    When I create a container named "ddtest-df" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"echo\",\"ddtest-df\"],\"HostConfig\":{\"Binds\":[\"ddtest-dfv:/d\"]}}"
    Then the status is 201
    # Not checked against the schema: the v1.41 swagger defines ContainerSummary as an array, so a
    # non-empty Containers of any engine fails it (fixed in later API versions).
    When I send GET "/v1.41/system/df"
    Then the status is 200
    And the JSON array "Containers" has an element whose "Names.0" is "/ddtest-df"
    And the JSON array "Containers" has an element whose "Command" is "echo ddtest-df"
    And the JSON array "Containers" has an element whose "Image" is "scenario-busybox"
    And the JSON array "Containers" has an element whose "State" is "created"
    And the JSON array "Volumes" has an element whose "UsageData.RefCount" is "1"
    And the JSON array "Volumes" has an element whose "Name" is "ddtest-dfv"
    And the JSON array "Images" has an element whose "RepoTags.0" is "scenario-busybox:latest"
    When I send DELETE "/v1.41/containers/ddtest-df"
    Then the status is 204

  Scenario: GET /system/df has the shape of the contract
    When I send GET "/v1.41/system/df"
    Then the status is 200
    And the body matches the swagger schema of the "SystemDataUsage" response
    And the JSON field "LayersSize" is an integer
    And the JSON field "Images" is an array
    And the JSON field "Containers" is an array
    And the JSON field "Volumes" is an array

  Scenario: a client newer than API 1.41 is refused
    When I send GET "/v1.42/version"
    Then the status is 400
    And the error message is "client version 1.42 is too new. Maximum supported API version is 1.41"

  @dockerd-20.10-min-api-1.12
  Scenario: a client older than API 1.24 is refused
    When I send GET "/v1.23/version"
    Then the status is 400
    And the error message is "client version 1.23 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version"

  Scenario Outline: unknown paths and known paths with the wrong method are "page not found"
    When I send <method> "<path>"
    Then the status is 404
    And the error message is "page not found"

    Examples:
      | method | path                 |
      | GET    | /v1.41/no/such/thing |
      | GET    | /nothing             |
      | POST   | /v1.41/info          |
      | DELETE | /_ping               |

  Scenario Outline: a JSON body is one value and a newline, as dockerd's encoder writes it, errors too
    When I send GET "<path>"
    Then the status is <status>
    And the header "Content-Type" is "application/json"
    And the body is one JSON value ending with a newline

    Examples:
      | path                                     | status |
      | /v1.41/version                           | 200    |
      | /v1.41/info                              | 200    |
      | /v1.41/containers/json                   | 200    |
      | /v1.41/images/json                       | 200    |
      | /v1.41/system/df                         | 200    |
      | /v1.41/containers/drydock-no-such/json   | 404    |
      | /nothing                                 | 404    |
      | /v1.99/version                           | 400    |

  Scenario Outline: a filter a list or prune does not know is refused in dockerd 20.10's words
    When I send <method> "<path>"
    Then the status is <status>
    And the error message contains "<message>"

    Examples:
      | method | path                                                                                  | status | message                                      |
      | GET    | /v1.41/images/json?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                          | 400    | Invalid filter 'bogus'                       |
      | GET    | /v1.41/images/json?filters=%7B%22dangling%22%3A%5B%22maybe%22%5D%7D                   | 400    | Invalid filter 'dangling=[maybe]'            |
      | GET    | /v1.41/volumes?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                              | 400    | Invalid filter 'bogus'                       |
      | GET    | /v1.41/volumes?filters=%7B%22dangling%22%3A%5B%22maybe%22%5D%7D                       | 400    | Invalid filter 'dangling=[maybe]'            |
      | GET    | /v1.41/networks?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                             | 400    | Invalid filter 'bogus'                       |
      | GET    | /v1.41/networks?filters=%7B%22dangling%22%3A%5B%22maybe%22%5D%7D                      | 400    | invalid value for filter 'dangling', must be |
      | GET    | /v1.41/containers/json?all=1&filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                | 400    | Invalid filter 'bogus'                       |
      | GET    | /v1.41/containers/json?all=1&filters=%7B%22before%22%3A%5B%22drydock-no-such%22%5D%7D | 500    | no such container drydock-no-such            |
      | GET    | /v1.41/containers/json?all=1&filters=%7B%22exited%22%3A%5B%22x%22%5D%7D               | 500    | strconv.Atoi: parsing                        |
      | POST   | /v1.41/images/prune?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                         | 400    | Invalid filter 'bogus'                       |
      | POST   | /v1.41/volumes/prune?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                        | 400    | Invalid filter 'bogus'                       |
      | POST   | /v1.41/volumes/prune?filters=%7B%22until%22%3A%5B%221h%22%5D%7D                       | 400    | Invalid filter 'until'                       |
      | POST   | /v1.41/networks/prune?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                       | 400    | Invalid filter 'bogus'                       |
      | POST   | /v1.41/networks/prune?filters=%7B%22until%22%3A%5B%22bogus%22%5D%7D                   | 500    | failed to parse value as time or duration    |
      | POST   | /v1.41/containers/prune?filters=%7B%22bogus%22%3A%5B%221%22%5D%7D                     | 400    | Invalid filter 'bogus'                       |

  Scenario: a daemon without plugins lists none and finds none
    When I send GET "/v1.41/plugins"
    Then the status is 200
    And the body matches the swagger schema of the "PluginList" response
    When I send GET "/v1.41/plugins/nosuch/json"
    Then the status is 404
    And the error message is "plugin \"nosuch\" not found"

  Scenario Outline: outside a swarm, swarm operations answer 503 like an inactive dockerd
    When I send <method> "<path>"
    Then the status is 503
    And the error message contains "<message>"

    Examples:
      | method | path                | message                          |
      | GET    | /v1.41/swarm        | This node is not a swarm manager |
      | GET    | /v1.41/nodes        | This node is not a swarm manager |
      | GET    | /v1.41/services     | This node is not a swarm manager |
      | POST   | /v1.41/swarm/leave  | This node is not part of a swarm |

  # drydock's state today, not the contract: these rows go as the container, image, network,
  # volume and exec parts are built (spec/api.md lists the same).
  @not-yet-implemented
  Scenario Outline: operations drydock does not serve yet answer 501 and name the operation
    When I send <method> "<path>"
    Then the status is 501
    And the error message contains "<operationId>"

    Examples:
      | method | path                        | operationId     |
      | POST   | /v1.41/session              | Session         |
      | POST   | /v1.41/plugins/pull         | PluginPull      |
