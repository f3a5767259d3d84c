package io.drydock.runtime.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes config.json. A parse error becomes an {@link DrydockException.InvalidArgument}
 * naming the file and the JSON path of the bad field, so the user knows what to fix.
 */
public final class SpecCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private SpecCodec() {}

  /** The mapper used for every runtime-spec document. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses config.json text; {@code source} names it in errors. */
  public static Spec parse(String json, String source) {
    try {
      Spec spec = MAPPER.readValue(json, Spec.class);
      if (spec == null) {
        throw new DrydockException.InvalidArgument(source + ": empty document");
      }
      return spec;
    } catch (JsonMappingException e) {
      throw new DrydockException.InvalidArgument(source + ": " + fieldOf(e) + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw new DrydockException.InvalidArgument(source + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads and parses a config.json file. */
  public static Spec read(Path file) {
    try {
      return parse(Files.readString(file), file.getFileName().toString());
    } catch (NoSuchFileException e) {
      throw new DrydockException.NotFound("open " + file + ": no such file or directory");
    } catch (IOException e) {
      throw new DrydockException.SystemError("read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Serialises a config, unknown fields included. */
  public static String write(Spec spec) {
    try {
      return MAPPER.writeValueAsString(spec);
    } catch (JacksonException e) {
      throw new DrydockException.SystemError("encode config: " + e.getOriginalMessage(), e);
    }
  }

  private static String fieldOf(JsonMappingException e) {
    if (e.getPath().isEmpty()) {
      return "";
    }
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return path + ": ";
  }
}
