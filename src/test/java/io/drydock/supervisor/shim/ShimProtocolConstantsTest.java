package io.drydock.supervisor.shim;

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

/** The constants of the shim's wire protocol must be equal in shim.h and ShimProtocol. */
class ShimProtocolConstantsTest {
  private static final Pattern DEFINE = Pattern.compile("(?m)^#define SHIM_([A-Z_]+) (\\S+)\\s*$");
  private static final Pattern WIRE = Pattern.compile("PROTO_.*|FRAME_.*|REQ_.*|RSP_.*|STATE_.*|STATUS_LEN|ACK_LEN|LOG_LINE_MAX|FILE_.*");

  @Test
  void everyWireConstantHasTheSameValueOnBothSides() throws Exception {
    Map<String, String> c = cDefines();
    Map<String, String> java = javaConstants();
    Map<String, String> cWire = new HashMap<>();
    c.forEach((k, v) -> {
      if (WIRE.matcher(k).matches()) {
        cWire.put(k, v);
      }
    });
    assertThat(cWire).hasSizeGreaterThan(20);
    assertThat(java).isEqualTo(cWire);
  }

  private static Map<String, String> cDefines() throws Exception {
    String header = Files.readString(Path.of("src/main/c/helper/shim.h"));
    Map<String, String> out = new HashMap<>();
    Matcher m = DEFINE.matcher(header);
    while (m.find()) {
      String v = m.group(2);
      out.put(m.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : String.valueOf(Long.decode(v)));
    }
    return out;
  }

  private static Map<String, String> javaConstants() throws IllegalAccessException {
    Map<String, String> out = new HashMap<>();
    for (Field f : ShimProtocol.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())) {
        out.put(f.getName(), String.valueOf(f.get(null)));
      }
    }
    return out;
  }
}
