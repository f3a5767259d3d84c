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
    And the error message contains "includes invalid characters for a local volume name"

  Scenario: a removed volume is gone
    Given the volume "ddtest-vol3" exists
    When I send DELETE "/v1.41/volumes/ddtest-vol3"
    Then the status is 204
    When I send GET "/v1.41/volumes/ddtest-vol3"
    Then the status is 404
