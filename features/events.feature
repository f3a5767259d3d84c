@scenario
Feature: GET /events streams the engine's events
  The stream flushes its headers at once, replays buffered events from `since`, ends at `until`
  (at once when `until` is in the past) and otherwise stays open until the client goes.

  Scenario: the headers arrive before any event
    When I open the event stream
    Then the stream answers 200 with content type "application/json"

  Scenario: without until the stream stays open
    When I open the event stream
    Then the stream answers 200 with content type "application/json"
    And the stream is still open after 2 seconds

  Scenario: an until in the past ends the stream after the replay
    When I open the event stream since 600 seconds ago until 1 seconds ago
    Then the stream answers 200 with content type "application/json"
    And the stream ends within 5 seconds
    And every streamed event happened between since and until
    And every streamed event matches the swagger schema of the "SystemEvents" response

  Scenario: an until in the future ends the stream then
    When I open the event stream until 2 seconds from now
    Then the stream answers 200 with content type "application/json"
    And the stream ends within 10 seconds
    And it ended no sooner than 1 second after it was opened

  Scenario Outline: each filter key is accepted in both JSON forms
    When I open the event stream with filters '<filters>' until 1 seconds ago
    Then the stream answers 200 with content type "application/json"
    And the stream ends within 5 seconds
    And every streamed event matches the swagger schema of the "SystemEvents" response

    Examples:
      | filters                                   |
      | {"type":{"container":true}}               |
      | {"type":["container","image"]}            |
      | {"container":{"web":true}}                |
      | {"image":["busybox:latest"]}              |
      | {"event":{"start":true,"die":true}}       |
      | {"label":["com.example.tier=front"]}      |
      | {"type":["image"],"event":["pull"]}       |

  @dockerd-20.10-answers-500
  Scenario: malformed filters are refused before the stream starts
    When I send GET "/v1.41/events?filters=%7Bnot-json"
    Then the status is 400
    And the header "Content-Type" is "application/json"

  Scenario: since after until is refused
    When I send GET "/v1.41/events?since=2000000000&until=1000000000"
    Then the status is 400
    And the error message contains "cannot be after"
