package io.drydock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
  record Config(long memory, List<String> cmd, boolean tty) {}

  private static ApiRequest request(String contentType, String body) {
    DefaultHttpHeaders headers = new DefaultHttpHeaders();
    if (contentType != null) {
      headers.set("Content-Type", contentType);
    }
    return new ApiRequest(HttpMethod.POST, "/x", ApiVersion.CURRENT, Map.of(), Map.of(), headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String error(String body) {
    try {
      JsonBodies.read(request("application/json", body), Config.class);
    } catch (DrydockException.InvalidArgument e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted " + body);
  }

  @Test
  void readsAWellFormedBodyAndIgnoresUnknownFields() {
    assertThat(JsonBodies.read(request("application/json; charset=utf-8", "{\"memory\":5,\"cmd\":[\"a\"],\"tty\":true,\"New\":1}"), Config.class))
        .contains(new Config(5, List.of("a"), true));
  }

  @Test
  void anEmptyBodyIsNoBody() {
    assertThat(JsonBodies.read(request(null, ""), Config.class)).isEmpty();
  }

  @Test
  void malformedJsonReadsLikeGo() {
    assertThat(error("nope")).isEqualTo("invalid character 'n' looking for beginning of value");
    assertThat(error("{\"memory\":")).isEqualTo("unexpected EOF");
  }

  @Test
  void wrongTypesNameTheFieldLikeGo() {
    assertThat(error("{\"memory\":\"lots\"}")).isEqualTo("json: cannot unmarshal string into Go struct field Config.memory of type int64");
    assertThat(error("{\"cmd\":{}}")).startsWith("json: cannot unmarshal object into Go struct field Config.cmd of type");
  }

  @Test
  void aBodyMustBeDeclaredJson() {
    assertThatThrownBy(() -> JsonBodies.read(request("text/plain", "{}"), Config.class))
        .hasMessage("Content-Type specified (text/plain) must be 'application/json'");
    assertThatThrownBy(() -> JsonBodies.read(request(null, "{}"), Config.class))
        .hasMessage("Content-Type specified () must be 'application/json'");
  }

  @Test
  void aBodyParsedOnceReadsAsReadingTheBytesDoes() {
    for (String body : List.of("{\"memory\":5,\"cmd\":[\"a\"],\"New\":{}}", " ", "[]", "5", "{\"memory\":\"lots\"}", "{\"cmd\":{}}",
        "{\"cmd\":[{}]}", "{\"memory\":\"12\",\"tty\":1}", "{\"memory\":true}")) {
      assertThat(outcome(() -> JsonBodies.parse(request("application/json", body)).map(p -> p.as(Config.class))))
          .as(body).isEqualTo(outcome(() -> JsonBodies.read(request("application/json", body), Config.class)));
    }
  }

  @Test
  void parsingRefusesWhatReadingRefusesAndTreatsNullAsNoBody() {
    assertThatThrownBy(() -> JsonBodies.parse(request("application/json", "nope"))).hasMessage("invalid character 'n' looking for beginning of value");
    assertThatThrownBy(() -> JsonBodies.parse(request("application/json", "{\"memory\":"))).hasMessage("unexpected EOF");
    assertThatThrownBy(() -> JsonBodies.parse(request("text/plain", "{}"))).hasMessage("Content-Type specified (text/plain) must be 'application/json'");
    assertThat(JsonBodies.parse(request("application/json", "null"))).isEmpty();
    assertThat(JsonBodies.parse(request(null, ""))).isEmpty();
  }

  private static String outcome(java.util.function.Supplier<java.util.Optional<Config>> read) {
    try {
      return String.valueOf(read.get());
    } catch (DrydockException.InvalidArgument e) {
      return "refused: " + e.getMessage();
    }
  }
}
