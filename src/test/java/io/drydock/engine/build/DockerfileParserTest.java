package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {
  private static List<Instruction> parse(String text) {
    return DockerfileParser.parse(text).instructions();
  }

  @Test
  void continuationsJoinKeepingTheNextLinesLeadingBlanksAndTheLineOfTheStart() {
    List<Instruction> in = parse("FROM busybox\nENV X=${V}y \\\n    Y=\"two words\"\nRUN echo hi\n");
    assertThat(in).hasSize(3);
    assertThat(in.get(1).original()).isEqualTo("ENV X=${V}y     Y=\"two words\"");
    assertThat(in.get(1).line()).isEqualTo(2);
    assertThat(in.get(2).line()).isEqualTo(4);
    assertThat(in.get(1).arguments()).isEqualTo("X=${V}y     Y=\"two words\"");
  }

  @Test
  void commentsAndEmptyLinesInsideAContinuationAreSkipped() {
    List<Instruction> in = parse("FROM x\nRUN echo a \\\n# a comment\n\n  && echo b\n");
    assertThat(in.get(1).arguments()).isEqualTo("echo a   && echo b");
  }

  @Test
  void commentLinesAndBlankLinesAreNotInstructions() {
    assertThat(parse("# hello\n\n   # indented\nFROM x # not a comment\n")).singleElement()
        .satisfies(i -> assertThat(i.arguments()).isEqualTo("x # not a comment"));
  }

  @Test
  void theEscapeDirectiveChangesTheContinuationCharacter() {
    Dockerfile d = DockerfileParser.parse("# escape=`\nFROM x\nRUN dir c:\\ `\n  && echo\n");
    assertThat(d.escape()).isEqualTo('`');
    assertThat(d.instructions().get(1).arguments()).isEqualTo("dir c:\\   && echo");
  }

  @Test
  void aDirectiveAfterAnInstructionIsAComment() {
    Dockerfile d = DockerfileParser.parse("FROM x\n# escape=`\nRUN a \\\n b\n");
    assertThat(d.escape()).isEqualTo('\\');
    assertThat(d.instructions().get(1).arguments()).isEqualTo("a  b");
  }

  @Test
  void badEscapeAndTwoEscapesAreRefusedInDockerdsWords() {
    assertThatThrownBy(() -> DockerfileParser.parse("# escape=x\nFROM y\n")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("invalid ESCAPE 'x'. Must be ` or \\");
    assertThatThrownBy(() -> DockerfileParser.parse("# escape=`\n# escape=\\\nFROM y\n"))
        .hasMessage("only one escape parser directive can be used");
  }

  @Test
  void unknownInstructionNamesItsLine() {
    assertThatThrownBy(() -> parse("FROM busybox\nfoo bar\n")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("dockerfile parse error line 2: unknown instruction: FOO");
  }

  @Test
  void keywordsAreCaseInsensitiveAndFlagsAreSplitOff() {
    Instruction copy = parse("from x\ncopy --chown=1:2 --from=a src /dst\n").get(1);
    assertThat(copy.keyword()).isEqualTo(Keyword.COPY);
    assertThat(copy.flags()).containsExactly("--chown=1:2", "--from=a");
    assertThat(copy.arguments()).isEqualTo("src /dst");
  }

  @Test
  void crlfLinesAndAByteOrderMarkAreRead() {
    List<Instruction> in = parse("\uFEFFFROM x\r\nRUN a \\\r\n b\r\n");
    assertThat(in.get(0).keyword()).isEqualTo(Keyword.FROM);
    assertThat(in.get(1).arguments()).isEqualTo("a  b");
  }

  @Test
  void jsonFormIsTheExecFormAndAnythingElseTheShellForm() {
    assertThat(ArgumentWords.json("[\"echo\", \"a b\"]")).contains(List.of("echo", "a b"));
    assertThat(ArgumentWords.json("[not json")).isEmpty();
    assertThat(ArgumentWords.json("echo [x]")).isEmpty();
  }

  @Test
  void onbuildKeepsItsTriggerAndRefusesTheTriggersDockerdRefuses() {
    Instruction in = parse("FROM x\nonbuild   COPY --chown=1:1 a /b\n").get(1);
    assertThat(in.keyword()).isEqualTo(Keyword.ONBUILD);
    assertThat(in.arguments()).isEqualTo("COPY --chown=1:1 a /b");
    Instruction trigger = DockerfileParser.trigger(in.arguments(), in.line());
    assertThat(trigger.keyword()).isEqualTo(Keyword.COPY);
    assertThat(trigger.flags()).containsExactly("--chown=1:1");
    assertThatThrownBy(() -> parse("FROM x\nONBUILD ONBUILD RUN true\n")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("dockerfile parse error line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    assertThatThrownBy(() -> parse("FROM x\nONBUILD from y\n")).hasMessage("dockerfile parse error line 2: FROM isn't allowed as an ONBUILD trigger");
    assertThatThrownBy(() -> parse("FROM x\nONBUILD MAINTAINER me\n"))
        .hasMessage("dockerfile parse error line 2: MAINTAINER isn't allowed as an ONBUILD trigger");
    assertThatThrownBy(() -> parse("FROM x\nONBUILD NOPE\n")).hasMessage("dockerfile parse error line 2: unknown instruction: NOPE");
  }
}
