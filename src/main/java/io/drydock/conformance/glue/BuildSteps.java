package io.drydock.conformance.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/**
 * {@code POST /build}: a context tar made from the scenario's files, sent as the body; the
 * answer read as the JSON message stream ({@code stream}, {@code aux}, {@code errorDetail}).
 * Images the scenario names are removed after it.
 */
public final class BuildSteps {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, ContextEntry> FILES = new LinkedHashMap<>();
  private static final List<String> IMAGES = new ArrayList<>();
  /** Whether the scenario gave the context's Dockerfile as a file (then the build's own text is not sent). */
  private static final boolean[] DOCKERFILE_GIVEN = {false};

  /** One entry of the context tar: a file's bytes, or a hard link to an earlier entry. */
  private record ContextEntry(byte[] data, String linkTarget) {
    static ContextEntry file(byte[] data) {
      return new ContextEntry(data, null);
    }
  }

  @Given("the build context file {string} holds {string}")
  public void contextFile(String path, String content) {
    DOCKERFILE_GIVEN[0] |= path.equals("Dockerfile");
    FILES.put(path, ContextEntry.file(content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)));
  }

  /** A context file that is itself a tar of one file, compressed with none, gzip, bzip2 or xz. */
  @Given("the build context file {string} is a {word} tar of {string} holding {string}")
  public void contextArchive(String path, String compression, String inner, String content) {
    byte[] tar = tar(Map.of(inner, ContextEntry.file(content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8))));
    FILES.put(path, ContextEntry.file(compressed(compression, tar)));
  }

  @Given("the build context file {string} is a hard link to {string}")
  public void contextHardLink(String path, String target) {
    FILES.put(path, new ContextEntry(new byte[0], target));
  }

  @Given("the image {string} is removed after the scenario")
  public void imageCleanup(String name) {
    IMAGES.add(name);
  }

  @When("I build with the query {string} and the Dockerfile:")
  public void build(String query, String dockerfile) {
    if (!DOCKERFILE_GIVEN[0]) {
      FILES.put("Dockerfile", ContextEntry.file(dockerfile.getBytes(StandardCharsets.UTF_8)));
    }
    World.get().result = World.get().client.request("POST", "/v1.41/build" + (query.isEmpty() ? "" : "?" + query),
        Map.of("Content-Type", "application/x-tar"), tar(FILES));
  }

  @Then("the build output contains {string}")
  public void outputContains(String text) {
    String out = output();
    Expect.isTrue(out.contains(text.replace("\\n", "\n")), "the build output %s contains %s", Expect.show(out), Expect.show(text));
  }

  /** The RUN printed {@code readlink /proc/self/ns/net}: the same namespace as this process's. */
  @Then("the build output contains this host's network namespace")
  public void outputHasHostNetns() {
    outputContains(HostFactsReader.networkNamespace() + "\\n");
  }

  @Then("the build output is {string}")
  public void outputIs(String text) {
    Expect.equal(output(), text.replace("\\n", "\n"), "the build output");
  }

  /** What a quiet build prints: the image ID alone. */
  @Then("the build output is one image ID")
  public void outputIsAnId() {
    String out = output();
    Expect.isTrue(out.matches("sha256:[0-9a-f]{64}\n"), "the quiet build output %s is one image ID", Expect.show(out));
  }

  @Then("the build ends with the error {string}")
  public void endsWithError(String message) {
    List<JsonNode> messages = messages();
    JsonNode last = messages.get(messages.size() - 1);
    Expect.equal(last.path("error").asText(), message, "the last message's error (stream %s)", World.get().result.text());
    Expect.equal(last.path("errorDetail").path("message").asText(), message, "the last message's errorDetail.message");
  }

  @Then("the build's error code is {int}")
  public void errorCode(int code) {
    List<JsonNode> messages = messages();
    Expect.equal(messages.get(messages.size() - 1).path("errorDetail").path("code").asInt(), code, "errorDetail.code");
  }

  @Then("the build succeeded and I remember its image ID as {string}")
  public void rememberImage(String key) {
    String id = null;
    for (JsonNode m : messages()) {
      Expect.isTrue(!m.has("error"), "the build failed: %s", m.path("error").asText());
      if (m.path("aux").has("ID")) {
        id = m.path("aux").path("ID").asText();
      }
    }
    Expect.isTrue(id != null && id.matches("sha256:[0-9a-f]{64}"), "no aux ID in %s", World.get().result.text());
    World.get().remembered.put(key, id);
  }

  @Then("the build succeeded with the remembered image ID {string}")
  public void sameImage(String key) {
    String before = World.get().remembered.get(key);
    rememberImage(key + " (again)");
    Expect.equal(World.get().remembered.get(key + " (again)"), before, "the image ID of the second build");
  }

  @Then("the build output does not contain {string}")
  public void outputLacks(String text) {
    String out = output();
    Expect.isTrue(!out.contains(text.replace("\\n", "\n")), "the build output %s does not contain %s", Expect.show(out), Expect.show(text));
  }

  private static String output() {
    StringBuilder b = new StringBuilder();
    for (JsonNode m : messages()) {
      if (m.has("stream")) {
        b.append(m.get("stream").asText());
      }
    }
    return b.toString();
  }

  private static List<JsonNode> messages() {
    HttpResult r = World.get().result;
    Expect.equal(r.head().status(), 200, "status of the build (body %s)", r.text());
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.text().split("\n")) {
      if (!line.isBlank()) {
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new AssertionError("a build message is not JSON: " + line, e);
        }
      }
    }
    Expect.isTrue(!out.isEmpty(), "the build answered no message");
    return out;
  }

  private static byte[] tar(Map<String, ContextEntry> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, ContextEntry> f : files.entrySet()) {
        ContextEntry c = f.getValue();
        TarArchiveEntry e;
        if (c.linkTarget() != null) {
          e = new TarArchiveEntry(f.getKey(), TarConstants.LF_LINK);
          e.setLinkName(c.linkTarget());
        } else {
          e = new TarArchiveEntry(f.getKey());
          e.setSize(c.data().length);
        }
        e.setMode(0100644);
        tar.putArchiveEntry(e);
        if (c.linkTarget() == null) {
          tar.write(c.data());
        }
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] compressed(String compression, byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = switch (compression) {
      case "gzip" -> new GzipCompressorOutputStream(bytes);
      case "bzip2" -> new BZip2CompressorOutputStream(bytes);
      case "xz" -> new XZCompressorOutputStream(bytes);
      case "plain" -> bytes;
      default -> throw new IllegalArgumentException("no compression " + compression + " (plain, gzip, bzip2, xz)");
    }) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @After
  public void removeImages() {
    World w = World.get();
    if (w != null) {
      for (String image : IMAGES) {
        w.client.request("DELETE", "/v1.41/images/" + image + "?force=1");
      }
    }
    IMAGES.clear();
    FILES.clear();
    DOCKERFILE_GIVEN[0] = false;
  }
}
