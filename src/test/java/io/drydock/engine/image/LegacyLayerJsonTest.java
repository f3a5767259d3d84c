package io.drydock.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.drydock.common.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The legacy layer json and v1 ids against what dockerd 20.10's {@code docker save} wrote for the
 * same configs (src/test/resources/legacy-save: an imported busybox, and one built on it with
 * {@code COPY}, {@code ENV A=<b>&c}, labels, a port and a {@code CMD}).
 */
class LegacyLayerJsonTest {
  @Test
  void anImportedImagesOneLayerIsDockerdsByteForByte() throws IOException {
    JsonNode config = ImageJson.JSON.readTree(resource("imported-config.json"));
    List<LegacyLayerJson.Layer> chain = LegacyLayerJson.chain(config, diffIds(config));
    assertThat(chain).hasSize(1);
    assertThat(chain.get(0).id()).isEqualTo("cc56200e763136d31e93f98e953b5d6fc1b85c2de5b994ef12a8867294758060");
    assertThat(new String(chain.get(0).json(), StandardCharsets.UTF_8)).isEqualTo(text("imported-layer.json"));
  }

  @Test
  void aBuiltImagesChainHasDockerdsIdsParentsAndGoEscapes() throws IOException {
    JsonNode config = ImageJson.JSON.readTree(resource("built-config.json"));
    List<LegacyLayerJson.Layer> chain = LegacyLayerJson.chain(config, diffIds(config));
    assertThat(chain).extracting(LegacyLayerJson.Layer::id).containsExactly(
        "4540580b0c8b1cd1a5c71789ed43b18b3eb47d15ea2a31749290ce45ed31d942", "eef975c7ffa69ca3e066267da179cd8824b726f10a1762d2bc35a8260f7590a0");
    assertThat(new String(chain.get(0).json(), StandardCharsets.UTF_8)).isEqualTo(text("built-layer0.json"));
    assertThat(new String(chain.get(1).json(), StandardCharsets.UTF_8)).isEqualTo(text("built-layer1.json"))
        .contains("\"parent\":\"" + chain.get(0).id() + "\"").contains("A=\\u003cb\\u003e\\u0026c");
  }

  @Test
  void aConfigWithoutContainerFieldsGetsGosZeroValues() {
    assertThat(LegacyLayerJson.containerConfig(ImageJson.JSON.createObjectNode().put("User", "u").put("StopTimeout", 0)))
        .startsWith("{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"u\",")
        .contains("\"Env\":null,\"Cmd\":null,").doesNotContain("ExposedPorts").doesNotContain("Healthcheck").endsWith("\"Labels\":null,\"StopTimeout\":0}");
  }

  private static List<Digest> diffIds(JsonNode config) {
    return java.util.stream.StreamSupport.stream(config.get("rootfs").get("diff_ids").spliterator(), false).map(n -> Digest.parse(n.asText())).toList();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LegacyLayerJsonTest.class.getResourceAsStream("/legacy-save/" + name)) {
      return in.readAllBytes();
    }
  }

  private static String text(String name) throws IOException {
    return new String(resource(name), StandardCharsets.UTF_8);
  }
}
