package io.drydock.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drydock.common.DrydockException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryPartsTest {
  @Test
  void bearerChallengeIsParsed() {
    Challenge c = Challenge.parse("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/busybox:pull\"").orElseThrow();
    assertThat(c.scheme()).isEqualTo("bearer");
    assertThat(c.param("realm")).isEqualTo("https://auth.docker.io/token");
    assertThat(c.param("service")).isEqualTo("registry.docker.io");
    assertThat(c.param("scope")).isEqualTo("repository:library/busybox:pull");
    assertThat(Challenge.parse("Basic realm=\"x y\"").orElseThrow().param("realm")).isEqualTo("x y");
    assertThat(Challenge.parse("")).isEmpty();
  }

  @Test
  void registryAuthDecodesWhatTheDockerCliSends() {
    String json = "{\"username\":\"bob\",\"password\":\"pw\",\"serveraddress\":\"https://index.docker.io/v1/\"}";
    String header = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    RegistryAuth auth = RegistryAuth.decode(header).orElseThrow();
    assertThat(auth.username()).isEqualTo("bob");
    assertThat(auth.password()).isEqualTo("pw");
    assertThat(auth.toString()).doesNotContain("pw");
    assertThat(RegistryAuth.decode(auth.encode())).contains(auth);
    assertThat(RegistryAuth.decode("")).isEmpty();
    assertThat(RegistryAuth.decode(Base64.getUrlEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    assertThatThrownBy(() -> RegistryAuth.decode("!!!notbase64")).isInstanceOf(DrydockException.InvalidArgument.class);
    assertThat(RegistryAuth.decodeLenient("!!!notbase64")).isEmpty();
  }

  @Test
  void httpOnlyForLoopbackAndInsecureRegistries() {
    RegistryConfig config = RegistryConfig.withInsecure(Set.of("registry.lan:5000", "plain.example"));
    assertThat(RegistryEndpoint.of("docker.io", config).base().toString()).isEqualTo("https://registry-1.docker.io");
    assertThat(RegistryEndpoint.of("127.0.0.1:5000", config).base().toString()).isEqualTo("http://127.0.0.1:5000");
    assertThat(RegistryEndpoint.of("127.9.8.7", config).secure()).isFalse();
    assertThat(RegistryEndpoint.of("localhost:5000", config).secure()).isFalse();
    assertThat(RegistryEndpoint.of("[::1]:5000", config).secure()).isFalse();
    assertThat(RegistryEndpoint.of("registry.lan:5000", config).secure()).isFalse();
    assertThat(RegistryEndpoint.of("registry.lan:6000", config).secure()).isTrue();
    assertThat(RegistryEndpoint.of("plain.example:443", config).secure()).isFalse();
    assertThat(RegistryEndpoint.of("128.0.0.1:5000", config).secure()).isTrue();
    assertThat(RegistryEndpoint.of("127.0.0.1.example.com", config).secure()).isTrue();
    assertThat(RegistryEndpoint.of("ghcr.io", config).secure()).isTrue();
  }

  @Test
  void registryErrorsKeepTheRegistrysWords() {
    byte[] body = "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}".getBytes(StandardCharsets.UTF_8);
    DrydockException e = RegistryErrors.of("GET x", 404, body);
    assertThat(e).isInstanceOf(DrydockException.NotFound.class).hasMessage("GET x: manifest_unknown: manifest unknown");
    assertThat(RegistryErrors.of("HEAD y", 401, new byte[0])).isInstanceOf(DrydockException.Unauthorized.class)
        .hasMessage("HEAD y: unauthorized: authentication required");
    assertThat(RegistryErrors.of("GET z", 503, "busy".getBytes(StandardCharsets.UTF_8))).isInstanceOf(DrydockException.Unavailable.class);
    assertThat(Optional.of(e.getMessage())).isPresent();
  }
}
