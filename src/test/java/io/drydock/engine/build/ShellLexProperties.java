package io.drydock.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class ShellLexProperties {
  /** Text without any character the lexer treats specially is its own word. */
  @Property
  void plainTextIsUnchanged(@ForAll @AlphaChars @NumericChars @StringLength(max = 30) String text) {
    assertThat(ShellLex.word(text, k -> null, '\\')).isEqualTo(text);
  }

  /** Single quotes keep anything but a single quote literally, variables included. */
  @Property
  void singleQuotedTextIsLiteral(@ForAll("noSingleQuote") String text) {
    assertThat(ShellLex.word("'" + text + "'", Map.of("x", "X")::get, '\\')).isEqualTo(text);
  }

  /** A set variable expands to its value in each form; :- gives the value, :+ the alternative. */
  @Property
  void setVariablesExpandToTheirValue(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String name,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String value) {
    Function<String, String> env = Map.of(name, value)::get;
    assertThat(ShellLex.word("$" + name, env, '\\')).isEqualTo(value);
    assertThat(ShellLex.word("${" + name + "}", env, '\\')).isEqualTo(value);
    assertThat(ShellLex.word("${" + name + ":-other}", env, '\\')).isEqualTo(value);
    assertThat(ShellLex.word("${" + name + ":+alt}", env, '\\')).isEqualTo("alt");
    assertThat(ShellLex.word("\"${" + name + "}\"", env, '\\')).isEqualTo(value);
  }

  /** Escaping every character of a text makes it literal, whatever it holds. */
  @Property
  void escapingEveryCharacterMakesTextLiteral(@ForAll @StringLength(max = 30) String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars().forEach(c -> escaped.append('\\').append((char) c));
    assertThat(ShellLex.word(escaped.toString(), k -> "V", '\\')).isEqualTo(text);
  }

  /** Words joined by blanks split back into the same words. */
  @Property
  void wordsJoinedByBlanksSplitBack(@ForAll("plainWords") List<String> words) {
    assertThat(ShellLex.words(String.join("  ", words), k -> null, '\\')).isEqualTo(words);
    assertThat(ArgumentWords.split(String.join(" \t", words), '\\')).isEqualTo(words);
  }

  /** A line cut anywhere (between words) with the escape character and a newline parses as the line itself, minus the cut. */
  @Property
  void continuedLinesJoinIntoOneInstruction(@ForAll("plainWords") List<String> words, @ForAll boolean backtick) {
    char escape = backtick ? '`' : '\\';
    String header = backtick ? "# escape=`\n" : "";
    String joined = String.join(" " + escape + "\n ", words);
    Dockerfile d = DockerfileParser.parse(header + "FROM x\nRUN " + joined + "\n");
    assertThat(d.instructions()).hasSize(2);
    assertThat(d.instructions().get(1).arguments()).isEqualTo(String.join("  ", words));
  }

  @Provide
  Arbitrary<String> noSingleQuote() {
    return Arbitraries.strings().ofMaxLength(30).filter(s -> s.indexOf('\'') < 0);
  }

  @Provide
  Arbitrary<List<String>> plainWords() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('/', '.', '-', '_').ofMinLength(1).ofMaxLength(8).filter(w -> !w.startsWith("-")).list().ofMinSize(1).ofMaxSize(6);
  }
}
