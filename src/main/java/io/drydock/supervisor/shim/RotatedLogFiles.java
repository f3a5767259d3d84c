package io.drydock.supervisor.shim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The files a log was rotated into, as the shim names them: {@code <log>.N}, or {@code <log>.N.gz}
 * when rotated files are compressed (N = 1 is the newest). While the shim compresses one, both
 * names of that N may exist for a moment: the plain one is read then, as it is complete.
 */
final class RotatedLogFiles {
  private static final Pattern SUFFIX = Pattern.compile("\\.([1-9][0-9]{0,3})(\\.gz)?");

  private RotatedLogFiles() {}

  /** The rotated files of {@code logFile}, oldest first. */
  static List<Path> oldestFirst(Path logFile) throws IOException {
    String name = logFile.getFileName().toString();
    Path dir = logFile.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Map<Integer, Path> byNumber = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(p -> {
        String f = p.getFileName().toString();
        Matcher m = f.startsWith(name) ? SUFFIX.matcher(f.substring(name.length())) : null;
        if (m != null && m.matches()) {
          byNumber.merge(Integer.parseInt(m.group(1)), p, (a, b) -> a.toString().endsWith(".gz") ? b : a);
        }
      });
    }
    return byNumber.entrySet().stream().sorted(Map.Entry.<Integer, Path>comparingByKey(Comparator.reverseOrder()))
        .map(Map.Entry::getValue).toList();
  }

  /** The lines of one rotated file, decompressed when it is gzipped. */
  static ReadableByteChannel open(Path rotated) throws IOException {
    InputStream in = Files.newInputStream(rotated);
    if (!rotated.getFileName().toString().endsWith(".gz")) {
      return Channels.newChannel(in);
    }
    try {
      return Channels.newChannel(new GZIPInputStream(in, 64 * 1024));
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
