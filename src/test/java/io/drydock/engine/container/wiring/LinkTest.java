package io.drydock.engine.container.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.api.Test;

/** {@code --link} specs and the forms dockerd 20.10 gives them (checked against a private dockerd). */
class LinkTest {
  @Test
  void aLinkWithoutAliasIsAliasedByTheTargetsName() {
    assertThat(Link.parse("db")).isEqualTo(new Link("db", "db"));
    assertThat(Link.parse("/db:/web/data")).isEqualTo(new Link("db", "data"));
    assertThat(Link.parse("db:")).isEqualTo(new Link("db", "db"));
  }

  @Test
  void inspectShowsTargetContainerAndAliasAndReadsBackTheSame() {
    Link link = Link.parse("db:data");
    String shown = link.shown("/db", "/web");
    assertThat(shown).isEqualTo("/db:/web/data");
    assertThat(Link.ofShown(shown)).isEqualTo(link);
  }

  @Test
  void theHostsRecordNamesTheAliasTheHostnameAndTheNameOnlyWhenItDiffers() {
    assertThat(new Link("tgt", "al").hostNames("8a0a8777d6ec", "/tgt")).isEqualTo("al 8a0a8777d6ec tgt");
    assertThat(new Link("tgt", "tgt").hostNames("8a0a8777d6ec", "/tgt")).isEqualTo("tgt 8a0a8777d6ec");
  }

  @Test
  void emptyAndThreePartSpecsAreRefusedInDockerdsWords() {
    assertThatThrownBy(() -> Link.parse("")).isInstanceOf(DrydockException.InvalidArgument.class).hasMessage("empty string specified for links");
    assertThatThrownBy(() -> Link.parse("tgt:a:b")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("bad format for links: tgt:a:b");
  }
}
