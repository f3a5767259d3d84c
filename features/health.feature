@scenario @containers @health
Feature: Health checks of containers (Config.Healthcheck)
  A container created with a health check is probed by an exec at each interval while it runs;
  inspect shows the check as sent and its State.Health, the list's health filter finds it, and
  its status changes are events. Bad values are refused at create in dockerd's words.

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: a CMD-SHELL check that exits 0 makes a running container healthy
    When I create a container named "ddtest-healthy" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"],\"Healthcheck\":{\"Test\":[\"CMD-SHELL\",\"printf ok; exit 0\"],\"Interval\":100000000}}"
    And I send GET "/v1.41/containers/ddtest-healthy/json"
    Then the JSON field "Config.Healthcheck.Interval" is "100000000"
    And the JSON field "Config.Healthcheck.Test.1" is "printf ok; exit 0"
    And the JSON field "State.Health" is absent
    When I send POST "/v1.41/containers/ddtest-healthy/start" with the body "" of type "application/json"
    Then the status is 204
    When I wait up to 10 seconds for an event of this scenario with filters '{"container":["ddtest-healthy"],"event":["health_status"]}'
    Then the streamed actions are "health_status: healthy"
    When I send GET "/v1.41/containers/ddtest-healthy/json"
    Then the JSON field "State.Health.Status" is "healthy"
    And the JSON field "State.Health.FailingStreak" is "0"
    And the JSON field "State.Health.Log.0.ExitCode" is "0"
    And the JSON field "State.Health.Log.0.Output" is "ok"
    When I send GET "/v1.41/containers/json?filters=%7B%22health%22%3A%5B%22healthy%22%5D%2C%22name%22%3A%5B%22ddtest-healthy%22%5D%7D"
    Then the JSON array has 1 element
    And the JSON array has an element whose "Status" contains "(healthy)"
    When I send GET "/v1.41/containers/json?filters=%7B%22health%22%3A%5B%22none%22%5D%2C%22name%22%3A%5B%22ddtest-healthy%22%5D%7D"
    Then the JSON array has 0 elements
    When I read this scenario's events with filters '{"container":["ddtest-healthy"],"event":["exec_die"]}'
    Then the streamed "exec_die" event has the attribute "exitCode" with the value "0"

  Scenario: a check that fails with one retry makes a running container unhealthy
    When I create a container named "ddtest-unhealthy" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"],\"Healthcheck\":{\"Test\":[\"CMD\",\"false\"],\"Interval\":100000000,\"Retries\":1}}"
    And I send POST "/v1.41/containers/ddtest-unhealthy/start" with the body "" of type "application/json"
    Then the status is 204
    When I wait up to 10 seconds for an event of this scenario with filters '{"container":["ddtest-unhealthy"],"event":["health_status"]}'
    Then the streamed actions are "health_status: unhealthy"
    When I send GET "/v1.41/containers/ddtest-unhealthy/json"
    Then the JSON field "State.Health.Status" is "unhealthy"
    And the JSON field "State.Health.Log.0.ExitCode" is "1"
    When I send GET "/v1.41/containers/json?filters=%7B%22health%22%3A%5B%22unhealthy%22%5D%2C%22name%22%3A%5B%22ddtest-unhealthy%22%5D%7D"
    Then the JSON array has 1 element
    And the JSON array has an element whose "Status" contains "(unhealthy)"

  Scenario: a check of NONE shows no health, and a container without one is in the health filter none
    When I create a container named "ddtest-nocheck" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"],\"Healthcheck\":{\"Test\":[\"NONE\"]}}"
    And I send POST "/v1.41/containers/ddtest-nocheck/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/containers/ddtest-nocheck/json"
    Then the JSON field "Config.Healthcheck.Test.0" is "NONE"
    And the JSON field "State.Health" is absent
    When I send GET "/v1.41/containers/json?filters=%7B%22health%22%3A%5B%22none%22%5D%2C%22name%22%3A%5B%22ddtest-nocheck%22%5D%7D"
    Then the JSON array has 1 element

  Scenario Outline: a health check value below dockerd's minimum is refused at create
    When I send POST "/v1.41/containers/create?name=ddtest-badcheck" with the JSON body "{\"Image\":\"scenario-busybox\",\"Healthcheck\":<check>}"
    Then the status is 400
    And the error message is "<message>"
    When I send GET "/v1.41/containers/ddtest-badcheck/json"
    Then the status is 404

    Examples:
      | check                                     | message                                           |
      | {\"Test\":[\"CMD\",\"true\"],\"Interval\":100}     | Interval in Healthcheck cannot be less than 1ms    |
      | {\"Test\":[\"CMD\",\"true\"],\"Timeout\":999999}   | Timeout in Healthcheck cannot be less than 1ms     |
      | {\"Test\":[\"CMD\",\"true\"],\"StartPeriod\":5}    | StartPeriod in Healthcheck cannot be less than 1ms |
      | {\"Test\":[\"CMD\",\"true\"],\"Retries\":-1}       | Retries in Healthcheck cannot be negative          |
