@scenario @containers @exec
Feature: Exec endpoints of the Engine API v1.41
  Creating and starting execs in a running container over the socket: the events they log and
  what the detach keys of a tty exec do (dockerd 20.10 reports them as a failed attach).

  Background:
    Given the image "scenario-busybox" holds this host's busybox

  Scenario: the detach keys of a tty exec end it as a failed attach, with no exec_detach event and exec_die 127
    When I create a container named "ddtest-execdetach" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execdetach/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execdetach/exec" with the JSON body "{\"Cmd\":[\"cat\"],\"Tty\":true,\"AttachStdin\":true,\"AttachStdout\":true,\"AttachStderr\":true}"
    Then the status is 201
    When I start the exec created last with the body "{\"Detach\":false,\"Tty\":true}"
    Then the connection is upgraded
    When I type "hi\n"
    Then the stream shows "hi"
    When I type "\u0010\u0011"
    Then the stream ends with "exec attach failed: error on attach stdin: read escape sequence\r\n"
    When I inspect the exec
    Then the JSON field "Running" is "false"
    And the JSON field "ExitCode" is "126"
    When I send GET "/v1.41/containers/ddtest-execdetach/json"
    Then the JSON field "State.Running" is "true"
    When I read this scenario's events with filters '{"container":["ddtest-execdetach"],"event":["exec_create","exec_start","exec_detach","detach"]}'
    Then the streamed actions are "exec_create: cat ,exec_start: cat "
    When I wait up to 10 seconds for an event of this scenario with filters '{"container":["ddtest-execdetach"],"event":["exec_die"]}'
    Then the streamed actions are "exec_die"
    And the streamed "exec_die" event has the attribute "exitCode" with the value "127"

  Scenario: an exec whose command does not exist ends with 126, its error on stdout, and logs no exec_die
    When I create a container named "ddtest-execfail" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execfail/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execfail/exec" with the JSON body "{\"Cmd\":[\"ddtest-nosuchcmd\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    Then the status is 201
    When I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the connection is upgraded
    And the rest of the stream is one stdout frame that contains "OCI runtime exec failed: exec failed: unable to start container process: exec: \"ddtest-nosuchcmd\": executable file not found in $PATH: unknown" and ends with CRLF
    When I inspect the exec
    Then the JSON field "Running" is "false"
    And the JSON field "ExitCode" is "126"
    When I read this scenario's events with filters '{"container":["ddtest-execfail"],"event":["exec_create","exec_start","exec_die"]}'
    Then the streamed actions are "exec_create: ddtest-nosuchcmd ,exec_start: ddtest-nosuchcmd "

  Scenario: an exec of an absolute path that is missing or a directory ends with 126 and runc's words on stdout
    When I create a container named "ddtest-execpath" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execpath/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execpath/exec" with the JSON body "{\"Cmd\":[\"/ddtest-nonexistent\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the connection is upgraded
    And the rest of the stream is one stdout frame that contains "OCI runtime exec failed: exec failed: unable to start container process: exec: \"/ddtest-nonexistent\": stat /ddtest-nonexistent: no such file or directory: unknown" and ends with CRLF
    When I inspect the exec
    Then the JSON field "ExitCode" is "126"
    When I send POST "/v1.41/containers/ddtest-execpath/exec" with the JSON body "{\"Cmd\":[\"/etc\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the connection is upgraded
    And the rest of the stream is one stdout frame that contains "OCI runtime exec failed: exec failed: unable to start container process: exec: \"/etc\": permission denied: unknown" and ends with CRLF
    When I inspect the exec
    Then the JSON field "ExitCode" is "126"

  Scenario: an exec whose execve fails after the path check runs, says why on its own stderr and ends with 1
    When I create a container named "ddtest-execve" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execve/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execve/exec" with the JSON body "{\"Cmd\":[\"sh\",\"-c\",\"printf '#!/ddtest-no-interpreter\\n' > /ddtest-script; chmod +x /ddtest-script\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream ends
    When I send POST "/v1.41/containers/ddtest-execve/exec" with the JSON body "{\"Cmd\":[\"/ddtest-script\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the connection is upgraded
    And the rest of the stream is the stderr frame "exec /ddtest-script: no such file or directory\n"
    When I inspect the exec
    Then the JSON field "ExitCode" is "1"

  Scenario: an exec as another user gets that user's groups from the container's /etc/group; without a user the container's own
    When I create a container named "ddtest-execgroups" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execgroups/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execgroups/exec" with the JSON body "{\"Cmd\":[\"sh\",\"-c\",\"echo someuser:x:1000:1000::/home/someuser:/bin/sh >> /etc/passwd; printf 'root:x:0:\\nsomegroup:x:1000:\\nextra:x:2000:someuser\\nother:x:3000:root,someuser\\n' > /etc/group\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream ends
    When I send POST "/v1.41/containers/ddtest-execgroups/exec" with the JSON body "{\"Cmd\":[\"id\"],\"User\":\"someuser\",\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream shows "uid=1000(someuser) gid=1000(somegroup) groups=1000(somegroup),2000(extra),3000(other)\n"
    When I send POST "/v1.41/containers/ddtest-execgroups/exec" with the JSON body "{\"Cmd\":[\"id\"],\"User\":\"1000:other\",\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream shows "uid=1000(someuser) gid=3000(other) groups=3000(other)\n"
    When I send POST "/v1.41/containers/ddtest-execgroups/exec" with the JSON body "{\"Cmd\":[\"id\"],\"AttachStdout\":true,\"AttachStderr\":true}"
    And I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream shows "uid=0 gid=0(root) groups=0(root)\n"

  Scenario: an exec in a working directory the container does not have ends with 126 and runc's chdir error, and nothing is made
    When I create a container named "ddtest-execcwd" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execcwd/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execcwd/exec" with the JSON body "{\"Cmd\":[\"pwd\"],\"WorkingDir\":\"/nonexistent\",\"AttachStdout\":true,\"AttachStderr\":true}"
    Then the status is 201
    When I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the connection is upgraded
    And the rest of the stream is one stdout frame that contains "OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd (\"/nonexistent\") set in config.json failed: no such file or directory: unknown" and ends with CRLF
    When I inspect the exec
    Then the JSON field "ExitCode" is "126"
    When I send GET "/v1.41/containers/ddtest-execcwd/archive?path=/nonexistent"
    Then the status is 404

  Scenario: an exec with a relative working directory ends with 126 and runc exec's words, without the process's
    When I create a container named "ddtest-execrel" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execrel/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execrel/exec" with the JSON body "{\"Cmd\":[\"pwd\"],\"WorkingDir\":\"rel\",\"AttachStdout\":true,\"AttachStderr\":true}"
    Then the status is 201
    When I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the connection is upgraded
    And the rest of the stream is one stdout frame that contains "OCI runtime exec failed: exec failed: Cwd must be an absolute path: unknown" and ends with CRLF
    When I inspect the exec
    Then the JSON field "ExitCode" is "126"

  Scenario: an exec that ran is answered until its container is removed; one never started goes when its container stops
    When I create a container named "ddtest-execlife" with the JSON body "{\"Image\":\"scenario-busybox\",\"Cmd\":[\"sleep\",\"300\"]}"
    And I send POST "/v1.41/containers/ddtest-execlife/start" with the body "" of type "application/json"
    Then the status is 204
    When I send POST "/v1.41/containers/ddtest-execlife/exec" with the JSON body "{\"Cmd\":[\"true\"],\"AttachStdout\":true}"
    Then the status is 201
    And I remember the JSON field "Id" as "ran"
    When I start the exec created last with the body "{\"Detach\":false,\"Tty\":false}"
    Then the stream ends
    When I send POST "/v1.41/containers/ddtest-execlife/exec" with the JSON body "{\"Cmd\":[\"true\"]}"
    Then the status is 201
    And I remember the JSON field "Id" as "idle"
    When I send POST "/v1.41/containers/ddtest-execlife/stop?t=0" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/exec/<ran>/json" with the remembered values
    Then the status is 200
    And the JSON field "Running" is "false"
    And the JSON field "ExitCode" is "0"
    And the JSON field "ProcessConfig.user" is absent
    When I send GET "/v1.41/exec/<idle>/json" with the remembered values
    Then the status is 404
    And the error message contains "No such exec instance: "
    When I send POST "/v1.41/containers/ddtest-execlife/start" with the body "" of type "application/json"
    Then the status is 204
    When I send GET "/v1.41/exec/<ran>/json" with the remembered values
    Then the status is 200
    When I send DELETE "/v1.41/containers/ddtest-execlife?force=true" with the remembered values
    Then the status is 204
    When I send GET "/v1.41/exec/<ran>/json" with the remembered values
    Then the status is 404
    And the error message contains "No such exec instance: "
