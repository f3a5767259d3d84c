package io.drydock.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** protocol.h and HelperProtocol must state the same constants, both ways. */
class HelperProtocolTest {
  private static final Pattern DEFINE = Pattern.compile("#define DD_(\\w+)\\s+(0x[0-9a-fA-F]+|\\d+)u?\\b");

  @Test
  void everyConstantOfProtocolHIsInHelperProtocolWithTheSameValue() throws Exception {
    Map<String, Long> c = new HashMap<>();
    Matcher m = DEFINE.matcher(Files.readString(Path.of("src/main/c/helper/protocol.h")));
    while (m.find()) {
      c.put(m.group(1), Long.decode(m.group(2)));
    }
    assertThat(c).containsKeys("PROTOCOL_VERSION", "OP_MOUNT", "REC_FAIL");
    Map<String, Long> java = new HashMap<>();
    for (Field f : HelperProtocol.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        Number n = (Number) f.get(null);
        java.put(f.getName(), f.getType() == int.class ? Integer.toUnsignedLong(n.intValue()) : n.longValue());
      }
    }
    assertThat(java).isEqualTo(c);
  }
}
