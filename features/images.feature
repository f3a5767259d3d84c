@scenario @images
Feature: Image endpoints of the Engine API v1.41
  List, inspect, history, tag and delete over the socket, with dockerd's status codes and messages.
  drydock has the built-in image hello:latest from its start.

  Scenario: the image list shows hello:latest
    When I send GET "/v1.41/images/json"
    Then the status is 200
    And the header "Content-Type" is "application/json"
    And the JSON array has an element whose "RepoTags" contains "hello:latest"

  Scenario: inspecting an image by name
    When I send GET "/v1.41/images/hello/json"
    Then the status is 200
    And the JSON field "RepoTags.0" is "hello:latest"
    And the JSON field "Os" is "linux"
    And the JSON field "Id" is a string
    And the JSON field "RootFS.Type" is "layers"

  Scenario: the history of an image
    When I send GET "/v1.41/images/hello:latest/history"
    Then the status is 200
    And the JSON array has 1 element

  Scenario: an unknown image is 404
    When I send GET "/v1.41/images/nosuch/json"
    Then the status is 404
    And the error message contains "No such image: nosuch"

  Scenario: tagging and removing the tag again
    When I send POST "/v1.41/images/hello/tag?repo=scenario/hello&tag=t1" with the body "" of type "application/json"
    Then the status is 201
    When I send GET "/v1.41/images/scenario/hello:t1/json"
    Then the status is 200
    When I send DELETE "/v1.41/images/scenario/hello:t1"
    Then the status is 200
    And the JSON array has an element whose "Untagged" contains "scenario/hello:t1"
    When I send GET "/v1.41/images/scenario/hello:t1/json"
    Then the status is 404

  Scenario: a tag with a bad repository name is refused
    When I send POST "/v1.41/images/hello/tag?repo=UPPER&tag=x" with the body "" of type "application/json"
    Then the status is 400

  Scenario: deleting an unknown image is 404
    When I send DELETE "/v1.41/images/nosuch:latest"
    Then the status is 404

  Scenario: importing a root file system makes an image
    Given the image "scenario-busybox" holds this host's busybox
    When I send GET "/v1.41/images/scenario-busybox/json"
    Then the status is 200
    And the JSON field "RootFS.Layers.0" is a string
