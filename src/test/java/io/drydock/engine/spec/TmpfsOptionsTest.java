package io.drydock.engine.spec;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TmpfsOptionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "ro", "size=1m", "ro,size=1m", "size=1m,uid=0,mode=1777,nr_inodes=100", "noexec,nosuid,exec,rshared",
      "defaults,size=abc", "mpol=default,nr_blocks=10,gid=5"})
  void flagsAndTmpfsSettingsPass(String options) {
    assertThatCode(() -> TmpfsOptions.check(options)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nope|invalid tmpfs option [\"nope\"]",
      "nope,size=1m|invalid tmpfs option [\"nope\"]",
      "size=1m,|invalid tmpfs option [\"\"]",
      "color=red|invalid tmpfs option [\"color\" \"red\"]",
      "a,b|invalid tmpfs option [\"b\"]",
      "x=\"q\"|invalid tmpfs option [\"x\" \"\\\"q\\\"\"]"})
  void otherWordsFailTheStartInDockerdsWords(String options, String message) {
    assertThatThrownBy(() -> TmpfsOptions.check(options)).isInstanceOf(DrydockException.SystemError.class).hasMessage(message);
  }
}
