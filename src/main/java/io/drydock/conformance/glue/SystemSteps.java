package io.drydock.conformance.glue;

import io.cucumber.java.en.Then;

/** Checks that system figures are the host's true ones. */
public final class SystemSteps {
  @Then("the JSON field {string} is this host's kernel version")
  public void kernel(String path) {
    Expect.equal(HttpSteps.field(path).asText(), HostFactsReader.kernelVersion(), "JSON field %s", path);
  }

  @Then("the JSON field {string} is this host's total memory")
  public void memory(String path) {
    Expect.equal(HttpSteps.field(path).asLong(), HostFactsReader.memTotalBytes(), "JSON field %s", path);
  }

  @Then("the JSON field {string} is this host's cgroup version")
  public void cgroupVersion(String path) {
    Expect.equal(HttpSteps.field(path).asText(), HostFactsReader.cgroupVersion(), "JSON field %s", path);
  }

  @Then("the JSON field {string} is at most this host's processor count")
  public void processors(String path) {
    int n = HttpSteps.field(path).asInt();
    Expect.isTrue(n >= 1 && n <= HostFactsReader.processors(), "JSON field %s = %d is not between 1 and %d", path, n, HostFactsReader.processors());
  }

  @Then("the container counts by state add up to {string}")
  public void countsAddUp(String totalField) {
    int total = HttpSteps.field(totalField).asInt();
    int sum = HttpSteps.field("ContainersRunning").asInt() + HttpSteps.field("ContainersPaused").asInt() + HttpSteps.field("ContainersStopped").asInt();
    Expect.equal(sum, total, "running + paused + stopped containers against %s", totalField);
  }
}
