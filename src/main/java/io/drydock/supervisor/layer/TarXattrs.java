package io.drydock.supervisor.layer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Extended attributes carried in PAX headers ({@code SCHILY.xattr.NAME} as GNU tar and Docker
 * write them, {@code LIBARCHIVE.xattr.NAME} base64). {@code trusted.overlay.*} from a layer is
 * dropped: it would let a layer forge overlayfs metadata (opaque, redirect) in the lowerdir.
 */
final class TarXattrs {
  private static final String SCHILY = "SCHILY.xattr.";
  private static final String LIBARCHIVE = "LIBARCHIVE.xattr.";

  private TarXattrs() {}

  static Map<String, byte[]> of(TarArchiveEntry e) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> h : e.getExtraPaxHeaders().entrySet()) {
      String key = h.getKey();
      if (key.startsWith(SCHILY)) {
        out.put(key.substring(SCHILY.length()), h.getValue().getBytes(StandardCharsets.UTF_8));
      } else if (key.startsWith(LIBARCHIVE)) {
        out.put(key.substring(LIBARCHIVE.length()), Base64.getDecoder().decode(h.getValue()));
      }
    }
    out.keySet().removeIf(name -> name.startsWith("trusted.overlay."));
    return out;
  }
}
