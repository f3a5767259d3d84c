package io.drydock.engine.container;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.drydock.common.ContainerId;
import java.io.IOException;
import java.time.Instant;

/**
 * The Jackson setup for the engine's persisted records: ids and instants as plain strings (the
 * project has no java.time module, and {@code common} stays free of Jackson), unknown fields
 * ignored so an older daemon can read a newer record.
 */
public final class EngineJson {
  private EngineJson() {}

  public static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("drydock-engine");
    module.addSerializer(ContainerId.class, new ToStringSerializer<>(ContainerId.class));
    module.addDeserializer(ContainerId.class, new FromString<>(ContainerId::of));
    module.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class));
    module.addDeserializer(Instant.class, new FromString<>(Instant::parse));
    return new ObjectMapper()
        .registerModule(module)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  private static final class ToStringSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;

    ToStringSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class FromString<T> extends JsonDeserializer<T> {
    private final java.util.function.Function<String, T> parse;

    FromString(java.util.function.Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      return parse.apply(p.getValueAsString());
    }
  }
}
