package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShellLexTest {
  private static final Function<String, String> ENV = Map.of("x", "one", "sp", "a b", "empty", "")::get;

  private static String word(String text) {
    return ShellLex.word(text, ENV, '\\');
  }

  @Test
  void variablesExpandInBothForms() {
    assertThat(word("$x-${x}y")).isEqualTo("one-oney");
    assertThat(word("$unset.")).isEqualTo(".");
    assertThat(word("cost $")).isEqualTo("cost $");
  }

  @Test
  void defaultsAndAlternatives() {
    assertThat(word("${unset:-d}|${empty:-d}|${x:-d}")).isEqualTo("d|d|one");
    assertThat(word("${unset:+a}|${empty:+a}|${x:+a}")).isEqualTo("||a");
    assertThat(word("${unset:-$x and more}")).isEqualTo("one and more");
  }

  @Test
  void singleQuotesAreLiteralDoubleQuotesExpandAndBothAreRemoved() {
    assertThat(word("'$x'\"$x\"")).isEqualTo("$xone");
    assertThat(word("\"a \\\"q\\\" \\$x \\n\"")).isEqualTo("a \"q\" $x \\n");
  }

  @Test
  void theEscapeCharacterTakesTheNextOneLiterally() {
    assertThat(word("\\$x")).isEqualTo("$x");
    assertThat(ShellLex.word("`$x", ENV, '`')).isEqualTo("$x");
    assertThat(ShellLex.word("c:\\dir", ENV, '`')).isEqualTo("c:\\dir");
  }

  @Test
  void wordsSplitOnUnquotedBlanksAndInsideUnquotedExpansions() {
    assertThat(ShellLex.words("a  \"b c\" $sp '$sp'", ENV, '\\')).containsExactly("a", "b c", "a", "b", "$sp");
    assertThat(ShellLex.words("\"$sp\"", ENV, '\\')).containsExactly("a b");
    assertThat(ShellLex.words("''", ENV, '\\')).containsExactly("");
  }

  @Test
  void errorsInDockerdsWords() {
    assertThatThrownBy(() -> word("'open")).isInstanceOf(DrydockException.InvalidArgument.class)
        .hasMessage("unexpected end of statement while looking for matching single-quote");
    assertThatThrownBy(() -> word("\"open")).hasMessage("unexpected end of statement while looking for matching double-quote");
    assertThatThrownBy(() -> word("${x:?no}")).hasMessage("unsupported modifier (?) in substitution");
    assertThatThrownBy(() -> word("${x")).hasMessage("syntax error: missing '}'");
  }

  @Test
  void envAndLabelPairsKeepTheirQuotesUntilTheLexerRemovesThem() {
    assertThat(ArgumentWords.pairs("a=1 b=\"two words\" c='x y'", '\\', "ENV")).containsExactly(
        Map.entry("a", "1"), Map.entry("b", "\"two words\""), Map.entry("c", "'x y'"));
    assertThat(ArgumentWords.pairs("key the rest  of it", '\\', "ENV")).containsExactly(Map.entry("key", "the rest  of it"));
    assertThatThrownBy(() -> ArgumentWords.pairs("a=1 b", '\\', "ENV"))
        .hasMessage("Syntax error - can't find = in \"b\". Must be of the form: name=value");
    assertThatThrownBy(() -> ArgumentWords.pairs("onlykey", '\\', "ENV")).hasMessage("ENV must have two arguments");
    assertThat(ArgumentWords.split("a \"b c\" 'd e'", '\\')).isEqualTo(List.of("a", "\"b c\"", "'d e'"));
  }
}
