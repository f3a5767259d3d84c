package io.drydock.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;

/** Checks that system figures are the host's true ones. */
public final class SystemSteps {
  @Then("the JSON field {string} is this host's kernel version")
  public void kernel(String path) {
    assertThat(HttpSteps.field(path).asText()).isEqualTo(HostFactsReader.kernelVersion());
  }

  @Then("the JSON field {string} is this host's total memory")
  public void memory(String path) {
    assertThat(HttpSteps.field(path).asLong()).isEqualTo(HostFactsReader.memTotalBytes());
  }

  @Then("the JSON field {string} is this host's cgroup version")
  public void cgroupVersion(String path) {
    assertThat(HttpSteps.field(path).asText()).isEqualTo(HostFactsReader.cgroupVersion());
  }

  @Then("the JSON field {string} is at most this host's processor count")
  public void processors(String path) {
    assertThat(HttpSteps.field(path).asInt()).isBetween(1, HostFactsReader.processors());
  }

  @Then("the container counts by state add up to {string}")
  public void countsAddUp(String totalField) {
    int total = HttpSteps.field(totalField).asInt();
    int sum = HttpSteps.field("ContainersRunning").asInt() + HttpSteps.field("ContainersPaused").asInt() + HttpSteps.field("ContainersStopped").asInt();
    assertThat(sum).isEqualTo(total);
  }
}
