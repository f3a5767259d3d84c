package io.drydock.api.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Writes a Java {@code long} that holds an unsigned 64-bit counter (Go's {@code uint64}, e.g. the
 * kernel's interface counters) as the unsigned number it stands for: a counter past 2^63 reads as
 * a negative {@code long} and would otherwise be sent negative, where dockerd sends it as is.
 */
public final class Unsigned64 extends StdSerializer<Long> {
  public Unsigned64() {
    super(Long.class);
  }

  @Override
  public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (value >= 0) {
      gen.writeNumber(value.longValue());
    } else {
      gen.writeNumber(new BigInteger(Long.toUnsignedString(value)));
    }
  }
}
