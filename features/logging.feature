@scenario @logging
Feature: Log drivers of the Engine API v1.41
  HostConfig.LogConfig: json-file (the default), local and none. Create refuses a driver the
  engine does not have and an option name the driver does not know, and creates nothing; the
  option values are read at start, where a bad one fails the start (500) and the container stays
  created with exit code 128; logs reads json-file and local, and refuses none (501).

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: the none driver keeps no log: logs is 501 even when following, inspect shows the driver as sent and no log path
    When I create a container named "ddtest-lognone" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"echo\",\"hi\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"none\",\"Config\":{\"anything\":\"goes\"}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-lognone/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-lognone/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "0"
    When I send GET "/v1.41/containers/ddtest-lognone/logs?stdout=1&stderr=1"
    Then the status is 501
    And the error message is "configured logging driver does not support reading"
    When I send GET "/v1.41/containers/ddtest-lognone/logs?stdout=1&follow=1"
    Then the status is 501
    When I send GET "/v1.41/containers/ddtest-lognone/logs"
    Then the status is 400
    And the error message is "Bad parameters: you must choose at least one stream"
    When I send GET "/v1.41/containers/ddtest-lognone/json"
    Then the JSON field "HostConfig.LogConfig.Type" is "none"
    And the JSON field "HostConfig.LogConfig.Config.anything" is "goes"
    And the JSON field "LogPath" is ""

  Scenario: the local driver keeps a log that logs reads across its rotated files, with tail and follow, and shows no log path
    When I create a container named "ddtest-loglocal" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"i=0; while [ $i -lt 300 ]; do echo line-$i; i=$((i+1)); done\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"local\",\"Config\":{\"max-size\":\"1k\",\"max-file\":\"3\"}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-loglocal/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-loglocal/wait" with the body "" of type "application/json"
    Then the JSON field "StatusCode" is "0"
    When I send GET "/v1.41/containers/ddtest-loglocal/logs?stdout=1&tail=2"
    Then the status is 200
    And the multiplexed output is "line-298\nline-299\n"
    When I send GET "/v1.41/containers/ddtest-loglocal/logs?stdout=1&stderr=1&tail=1&follow=1"
    Then the status is 200
    And the multiplexed output is "line-299\n"
    When I send GET "/v1.41/containers/ddtest-loglocal/json"
    Then the JSON field "HostConfig.LogConfig.Type" is "local"
    And the JSON field "HostConfig.LogConfig.Config.max-size" is "1k"
    And the JSON field "HostConfig.LogConfig.Config.max-file" is "3"
    And the JSON field "LogPath" is ""
    When I create a container named "ddtest-loglocal2" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sh\",\"-c\",\"echo out; echo oops >&2\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"local\"}}}"
    And I send POST "/v1.41/containers/ddtest-loglocal2/start" with the body "" of type "application/json"
    And I send POST "/v1.41/containers/ddtest-loglocal2/wait" with the body "" of type "application/json"
    And I send GET "/v1.41/containers/ddtest-loglocal2/logs?stderr=1"
    Then the status is 200
    And the multiplexed output is "oops\n"

  Scenario: a log driver the engine does not have is 400 as a logging plugin it cannot find, and creates nothing
    When I create a container named "ddtest-logx" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"x\"}}}"
    Then the status is 400
    And the error message is "error looking up logging plugin x: plugin \"x\" not found"
    When I send GET "/v1.41/containers/ddtest-logx/json"
    Then the status is 404

  Scenario: an option name the driver does not know is 400 at create in that driver's words; none takes any
    When I create a container named "ddtest-lognope" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"json-file\",\"Config\":{\"nope\":\"1\"}}}}"
    Then the status is 400
    And the error message is "unknown log opt 'nope' for json-file log driver"
    When I create a container named "ddtest-lognope" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"local\",\"Config\":{\"tag\":\"x\"}}}}"
    Then the status is 400
    And the error message is "unknown log opt 'tag' for log driver local"
    When I send GET "/v1.41/containers/ddtest-lognope/json"
    Then the status is 404

  Scenario: a bad option value passes the create and fails the start with 500; the container stays created with exit code 128
    When I create a container named "ddtest-logsize" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"json-file\",\"Config\":{\"max-size\":\"x\"}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-logsize/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "failed to initialize logging driver: invalid size: 'x'"
    When I send GET "/v1.41/containers/ddtest-logsize/json"
    Then the JSON field "State.Status" is "created"
    And the JSON field "State.ExitCode" is "128"
    And the JSON field "State.Error" is "failed to initialize logging driver: invalid size: 'x'"
    And the JSON field "HostConfig.LogConfig.Config.max-size" is "x"
    When I create a container named "ddtest-logcompress" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"local\",\"Config\":{\"max-file\":\"1\"}}}}"
    Then the status is 201
    When I send POST "/v1.41/containers/ddtest-logcompress/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "failed to initialize logging driver: compression cannot be enabled when max file count is 1"
    When I create a container named "ddtest-logbool" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"true\"],\"HostConfig\":{\"LogConfig\":{\"Type\":\"local\",\"Config\":{\"compress\":\"maybe\"}}}}"
    And I send POST "/v1.41/containers/ddtest-logbool/start" with the body "" of type "application/json"
    Then the status is 500
    And the error message is "failed to initialize logging driver: error reading compress log option: strconv.ParseBool: parsing \"maybe\": invalid syntax"

  Scenario: every container is gone at the end and nothing is left on the host
    Then nothing of the containers is left on the host
