@scenario @build
Feature: Building images with the classic builder (POST /build)
  The body is the build context as a tar, the answer a stream of JSON messages ("stream" text,
  "aux" with the image ID, an in-band "errorDetail" once the stream has begun); a Dockerfile that
  cannot be parsed or found is refused before the stream starts. Written from the ImageBuild
  operation of the v1.41 contract and checked against dockerd 20.10's classic builder.

  Scenario: a build runs its steps and tags the image it made
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:one" is removed after the scenario
    And the build context file "hello.txt" holds "hello from the context\n"
    When I build with the query "t=build-scenario:one&rm=1" and the Dockerfile:
      """
      # a comment line
      FROM scenario-busybox
      ENV GREETING="hi there" \
          TARGET=/srv
      LABEL purpose=scenario
      WORKDIR $TARGET
      COPY hello.txt .
      RUN echo "$GREETING: $(cat hello.txt)" && echo built > /srv/made
      CMD ["cat", "/srv/made"]
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "Step 1/7 : FROM scenario-busybox\n"
    And the build output contains "Step 3/7 : LABEL purpose=scenario\n"
    And the build output contains "hi there: hello from the context\n"
    And the build output contains "Successfully tagged build-scenario:one\n"
    When I send GET "/v1.41/images/build-scenario:one/json"
    Then the status is 200
    And the JSON field "Id" is the remembered "image"
    And the JSON field "Config.WorkingDir" is "/srv"
    And the JSON field "Config.Labels.purpose" is "scenario"
    And the JSON field "Config.Cmd.1" is "/srv/made"
    And the JSON field "Config.Env.1" is "GREETING=hi there"
    And the JSON field "Config.Env.2" is "TARGET=/srv"
    And there are no containers

  Scenario: build arguments are substituted and recorded in the RUN step's history
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:args" is removed after the scenario
    When I build with the query "t=build-scenario:args&buildargs=%7B%22V%22%3A%227%22%7D" and the Dockerfile:
      """
      FROM scenario-busybox
      ARG V=1
      ENV X=${V}y Y=${UNSET:-fallback} Z=before-x:$X
      RUN echo "v=$V"
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "v=7\n"
    When I send GET "/v1.41/images/build-scenario:args/json"
    Then the JSON field "Config.Env.1" is "X=7y"
    And the JSON field "Config.Env.2" is "Y=fallback"
    And the JSON field "Config.Env.3" is "Z=before-x:"
    When I send GET "/v1.41/images/build-scenario:args/history"
    Then the status is 200
    And the JSON array has an element whose "CreatedBy" is "|1 V=7 /bin/sh -c echo \"v=$V\""
    And the JSON array has an element whose "CreatedBy" is "/bin/sh -c #(nop)  ENV X=7y Y=fallback Z=before-x:"

  Scenario: the labels parameter labels the image
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:labels" is removed after the scenario
    When I build with the query "t=build-scenario:labels&labels=%7B%22origin%22%3A%22query%22%7D" and the Dockerfile:
      """
      FROM scenario-busybox
      """
    Then the build succeeded and I remember its image ID as "image"
    When I send GET "/v1.41/images/build-scenario:labels/json"
    Then the JSON field "Config.Labels.origin" is "query"

  Scenario: a quiet build prints only the image ID
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:quiet" is removed after the scenario
    When I build with the query "t=build-scenario:quiet&q=1" and the Dockerfile:
      """
      FROM scenario-busybox
      RUN echo not shown
      """
    Then the build output is one image ID

  Scenario: the same steps on the same image are taken from the build cache unless nocache is set
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:cache" is removed after the scenario
    And the build context file "data.txt" holds "cached content\n"
    When I build with the query "t=build-scenario:cache" and the Dockerfile:
      """
      FROM scenario-busybox
      ENV STEP=one
      COPY data.txt /data.txt
      RUN cat /data.txt > /copy.txt
      """
    Then the build succeeded and I remember its image ID as "first"
    When I build with the query "t=build-scenario:cache" and the Dockerfile:
      """
      FROM scenario-busybox
      ENV STEP=one
      COPY data.txt /data.txt
      RUN cat /data.txt > /copy.txt
      """
    Then the build succeeded with the remembered image ID "first"
    And the build output contains "Step 4/4 : RUN cat /data.txt > /copy.txt\n ---> Using cache\n"
    And the build output does not contain "Running in"
    When I build with the query "t=build-scenario:cache&nocache=1" and the Dockerfile:
      """
      FROM scenario-busybox
      ENV STEP=one
      COPY data.txt /data.txt
      RUN cat /data.txt > /copy.txt
      """
    Then the build succeeded and I remember its image ID as "uncached"
    And the build output does not contain "Using cache"
    And there are no containers

  Scenario: a multi-stage build copies from an earlier stage by name and by number
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:stages" is removed after the scenario
    When I build with the query "t=build-scenario:stages" and the Dockerfile:
      """
      FROM scenario-busybox AS builder
      RUN mkdir -p /out/sub && echo artifact > /out/art.txt && echo deep > /out/sub/d.txt
      FROM scenario-busybox
      COPY --from=builder /out /app/
      COPY --from=0 /out/art.txt /single.txt
      RUN cat /app/art.txt /app/sub/d.txt /single.txt
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "artifact\ndeep\nartifact\n"
    And there are no containers

  Scenario: a failing RUN ends the stream with dockerd's message and its exit code, and forcerm leaves no container
    Given the image "scenario-busybox" holds this host's busybox
    When I build with the query "forcerm=1" and the Dockerfile:
      """
      FROM scenario-busybox
      RUN exit 3
      """
    Then the build ends with the error "The command '/bin/sh -c exit 3' returned a non-zero code: 3"
    And the build's error code is 3
    And there are no containers

  Scenario: COPY of a file the context does not hold fails the build
    Given the image "scenario-busybox" holds this host's busybox
    When I build with the query "rm=1" and the Dockerfile:
      """
      FROM scenario-busybox
      COPY nope /x
      """
    Then the build ends with the error "COPY failed: file not found in build context or excluded by .dockerignore: stat nope: file does not exist"
    And there are no containers

  Scenario: an unknown instruction is refused before the build starts
    When I build with the query "" and the Dockerfile:
      """
      FROM scenario-busybox
      FOO bar
      """
    Then the status is 400
    And the error message is "dockerfile parse error line 2: unknown instruction: FOO"

  Scenario: a Dockerfile without instructions is refused
    When I build with the query "" and the Dockerfile:
      """
      # only a comment
      """
    Then the status is 400
    And the error message is "failed to parse Dockerfile: file with no instructions"

  Scenario: an empty Dockerfile is refused
    Given the build context file "Dockerfile" holds ""
    When I build with the query "" and the Dockerfile:
      """
      FROM this-text-is-not-sent
      """
    Then the status is 400
    And the error message is "the Dockerfile (Dockerfile) cannot be empty"

  Scenario: a Dockerfile the context does not hold is refused
    When I build with the query "dockerfile=nosuch.Dockerfile" and the Dockerfile:
      """
      FROM scenario-busybox
      """
    Then the status is 500
    And the error message is "Cannot locate specified Dockerfile: nosuch.Dockerfile"

  Scenario: a Dockerfile whose first instruction is not FROM has no build stage
    When I build with the query "" and the Dockerfile:
      """
      ENV A=1
      FROM scenario-busybox
      """
    Then the status is 400
    And the error message is "no build stage in current context"

  Scenario: context files named like whiteouts are ordinary files until a committed layer reads them
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:whiteout" is removed after the scenario
    And the build context file "x" holds "kept\n"
    And the build context file ".wh.x" holds "named like a whiteout\n"
    When I build with the query "t=build-scenario:whiteout&forcerm=1" and the Dockerfile:
      """
      FROM scenario-busybox
      COPY x /x
      RUN mkdir -p /d && echo base > /d/y
      COPY .wh.x /d/.wh.y
      RUN cat /x && ls -a /d
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "kept\n.\n..\nRemoving intermediate container"
    And there are no containers

  Scenario: ADD extracts tar archives compressed with gzip, bzip2 or xz, and plain ones
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:add" is removed after the scenario
    And the build context file "t.tar.xz" is a xz tar of "f" holding "from xz\n"
    And the build context file "t.tar.bz2" is a bzip2 tar of "f" holding "from bzip2\n"
    And the build context file "t.tar.gz" is a gzip tar of "f" holding "from gzip\n"
    And the build context file "t.tar" is a plain tar of "f" holding "from plain\n"
    When I build with the query "t=build-scenario:add&forcerm=1" and the Dockerfile:
      """
      FROM scenario-busybox
      ADD t.tar.xz /xz/
      ADD t.tar.bz2 /bz/
      ADD t.tar.gz /gz/
      ADD t.tar /plain/
      RUN cat /xz/f /bz/f /gz/f /plain/f
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "from xz\nfrom bzip2\nfrom gzip\nfrom plain\n"

  Scenario: COPY keeps hard links and long names, also from another stage
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:links" is removed after the scenario
    And the build context file "dir/a" holds "linked\n"
    And the build context file "dir/b" is a hard link to "dir/a"
    And the build context file "dir/long-name-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" holds "long\n"
    When I build with the query "t=build-scenario:links&forcerm=1" and the Dockerfile:
      """
      FROM scenario-busybox AS stage
      RUN mkdir /s && echo s > /s/p && ln /s/p /s/q
      FROM scenario-busybox
      COPY dir /d/
      COPY --from=stage /s /s/
      RUN stat -c '%h %n' /d/a /d/b /s/p /s/q && cat /d/long-name-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "2 /d/a\n2 /d/b\n2 /s/p\n2 /s/q\nlong\n"

  Scenario: ONBUILD records triggers that a build starting FROM the image runs first
    Given the image "scenario-busybox" holds this host's busybox
    And the image "build-scenario:onbuild-child" is removed after the scenario
    And the image "build-scenario:onbuild-base" is removed after the scenario
    And the build context file "hello.txt" holds "from the context\n"
    When I build with the query "t=build-scenario:onbuild-base&forcerm=1" and the Dockerfile:
      """
      FROM scenario-busybox
      ENV B=1
      ONBUILD RUN echo "triggered $B"
      onbuild   COPY hello.txt /h.txt
      ONBUILD ENV C=2
      """
    Then the build succeeded and I remember its image ID as "base"
    When I send GET "/v1.41/images/build-scenario:onbuild-base/json"
    Then the JSON field "Config.OnBuild.0" is "RUN echo \"triggered $B\""
    And the JSON field "Config.OnBuild.1" is "COPY hello.txt /h.txt"
    And the JSON field "Config.OnBuild.2" is "ENV C=2"
    When I send GET "/v1.41/images/build-scenario:onbuild-base/history"
    Then the JSON array has an element whose "CreatedBy" is "/bin/sh -c #(nop)  ONBUILD RUN echo \"triggered $B\""
    When I build with the query "t=build-scenario:onbuild-child&forcerm=1" and the Dockerfile:
      """
      FROM build-scenario:onbuild-base
      RUN cat /h.txt && echo "C=$C"
      """
    Then the build succeeded and I remember its image ID as "child"
    And the build output contains "Step 1/2 : FROM build-scenario:onbuild-base\n# Executing 3 build triggers\n"
    And the build output contains "triggered 1\n"
    And the build output contains "from the context\nC=2\n"
    When I send GET "/v1.41/images/build-scenario:onbuild-child/json"
    Then the JSON field "Config.OnBuild" is a null
    And the JSON field "Config.Env.2" is "C=2"
    When I send GET "/v1.41/images/build-scenario:onbuild-child/history"
    Then the JSON array has an element whose "CreatedBy" is "/bin/sh -c echo \"triggered $B\""
    And the JSON array has an element whose "CreatedBy" is "/bin/sh -c #(nop)  ENV C=2"
    And there are no containers

  Scenario Outline: ONBUILD refuses the triggers dockerd refuses before the build starts
    When I build with the query "" and the Dockerfile:
      """
      FROM scenario-busybox
      ONBUILD <trigger>
      """
    Then the status is 400
    And the error message is "dockerfile parse error line 2: <message>"

    Examples:
      | trigger          | message                                               |
      | ONBUILD RUN true | Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed  |
      | FROM busybox     | FROM isn't allowed as an ONBUILD trigger              |
      | maintainer me    | MAINTAINER isn't allowed as an ONBUILD trigger        |

  Scenario: networkmode none gives the RUN steps only the loopback interface
    Given the image "scenario-busybox" holds this host's busybox
    When I build with the query "networkmode=none&forcerm=1&nocache=1" and the Dockerfile:
      """
      FROM scenario-busybox
      RUN ls /sys/class/net
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains "\nlo\nRemoving intermediate container"
    And there are no containers

  Scenario: networkmode host runs the RUN steps in the host's network namespace
    Given the image "scenario-busybox" holds this host's busybox
    When I build with the query "networkmode=host&forcerm=1&nocache=1" and the Dockerfile:
      """
      FROM scenario-busybox
      RUN readlink /proc/self/ns/net
      """
    Then the build succeeded and I remember its image ID as "image"
    And the build output contains this host's network namespace
    And there are no containers
