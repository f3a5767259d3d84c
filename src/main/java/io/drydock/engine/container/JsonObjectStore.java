package io.drydock.engine.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One JSON file per object under one directory, written so that a crash at any moment leaves the
 * old file or the new one, never a torn one: the bytes go to a hidden temp file in the same
 * directory, are fsynced and renamed over the target (atomic within a file system). When the key is
 * new, the directory is fsynced too, so that the object's existence survives a power cut; a
 * replacement needs no directory fsync for that (the name's entry is durable already, and a power
 * cut before the rename commits leaves the old file, whose bytes were fsynced when it was
 * written), which is also what dockerd does for every write of a container's config. Temp files
 * are never read as objects; the ones a crash left behind are deleted by {@link #loadAll()}.
 *
 * <p>{@link #replace} is the same atomic replace without the fsyncs, for states that only need to
 * outlive the daemon's process: a {@code kill -9} of the daemon still finds the old file or the
 * new one (the page cache belongs to the kernel), a power cut may lose the change. On ext4 (whose
 * default {@code auto_da_alloc} writes a file's data before a rename over an existing file
 * commits) the file is never torn either; on a file system without that rule a power cut may leave
 * an empty file, which {@link #loadAll()} reports as {@link Corrupt} and leaves in place.
 *
 * <p>Generic so that containers, images and volumes can share it; the caller supplies the mapper
 * (see {@link EngineJson}).
 */
public final class JsonObjectStore<T> {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final String SUFFIX = ".json";
  private static final String TEMP_MARK = ".tmp-";

  private final Path dir;
  private final Class<T> type;
  private final ObjectMapper mapper;
  private final ObjectWriter pretty;

  /** A file that could not be read as an object, with the reason; it is left in place. */
  public record Corrupt(Path file, String reason) {}

  /** What {@link #loadAll()} found. */
  public record Loaded<T>(Map<String, T> objects, List<Corrupt> corrupt, int staleTempFiles) {}

  public JsonObjectStore(Path dir, Class<T> type, ObjectMapper mapper) {
    this.dir = dir;
    this.type = type;
    this.mapper = mapper;
    this.pretty = mapper.writerWithDefaultPrettyPrinter();
  }

  /** Writes {@code value} under {@code key}, replacing any previous value atomically. */
  public void put(String key, T value) {
    prepare(key, value).commit();
  }

  /**
   * The first half of {@link #put}: {@code value}'s bytes in a fsynced temp file, not under
   * {@code key} yet. The caller may do other work meanwhile (the fsync is the slow part) and then
   * {@link Pending#commit} it, or {@link Pending#discard} it.
   */
  public Pending prepare(String key, T value) {
    Path target = fileOf(key);
    Path temp = dir.resolve("." + key + SUFFIX + TEMP_MARK + UUID.randomUUID());
    try {
      byte[] bytes = pretty.writeValueAsBytes(value);
      try (FileChannel ch = openNew(temp);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        out.write(bytes);
        out.flush();
        ch.force(true);
      }
      return new Pending(target, temp);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new DrydockException.SystemError("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** A value written and fsynced by {@link #prepare}, waiting to be renamed under its key. */
  public final class Pending {
    private final Path target;
    private final Path temp;

    private Pending(Path target, Path temp) {
      this.target = target;
      this.temp = temp;
    }

    /** The rename under the key (and, for a new key, the directory's fsync): what {@link #put} does after the write. */
    public void commit() {
      try {
        boolean replacing = Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (!replacing) {
          syncDirectory();
        }
      } catch (IOException e) {
        deleteQuietly(temp);
        throw new DrydockException.SystemError("cannot write " + target + ": " + e.getMessage(), e);
      }
    }

    /** The value will not be committed: its temp file goes. */
    public void discard() {
      deleteQuietly(temp);
    }
  }

  /** A new temp file; the directory is made by the first write (or again, if it was removed). */
  private FileChannel openNew(Path temp) throws IOException {
    try {
      return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (NoSuchFileException e) {
      Files.createDirectories(dir);
      return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
  }

  /**
   * Writes {@code value} under {@code key} atomically but not durably: temp file and rename, no
   * fsync (see the class comment for what that keeps and what it does not).
   */
  public void replace(String key, T value) {
    Path target = fileOf(key);
    Path temp = dir.resolve("." + key + SUFFIX + TEMP_MARK + UUID.randomUUID());
    try {
      Files.write(temp, mapper.writeValueAsBytes(value), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new DrydockException.SystemError("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether a file exists under {@code key}, readable or not: a record that does not parse still
   * names its object, so nothing that belongs to it may be swept.
   */
  public boolean has(String key) {
    return Files.exists(fileOf(key));
  }

  /** The value stored under {@code key}, if any. A corrupt file is a SystemError naming it. */
  public Optional<T> get(String key) {
    Path file = fileOf(key);
    try {
      return Optional.of(mapper.readValue(Files.readAllBytes(file), type));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw new DrydockException.SystemError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the object; returns whether it existed. */
  public boolean delete(String key) {
    Path file = fileOf(key);
    try {
      boolean existed = Files.deleteIfExists(file);
      if (existed) {
        syncDirectory();
      }
      return existed;
    } catch (IOException e) {
      throw new DrydockException.SystemError("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every object. Files that do not parse are reported and skipped (one bad file must not
   * stop the daemon); temp files left by an interrupted write are deleted and counted.
   */
  public Loaded<T> loadAll() {
    Map<String, T> objects = new TreeMap<>();
    List<Corrupt> corrupt = new ArrayList<>();
    int stale = 0;
    if (!Files.isDirectory(dir)) {
      return new Loaded<>(objects, corrupt, 0);
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path file : entries) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") && name.contains(TEMP_MARK)) {
          deleteQuietly(file);
          stale++;
        } else if (name.endsWith(SUFFIX) && KEY.matcher(keyOf(name)).matches()) {
          try {
            objects.put(keyOf(name), mapper.readValue(Files.readAllBytes(file), type));
          } catch (IOException | RuntimeException e) {
            corrupt.add(new Corrupt(file, e.getClass().getSimpleName() + ": " + e.getMessage()));
          }
        }
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return new Loaded<>(objects, corrupt, stale);
  }

  private Path fileOf(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("store keys are [A-Za-z0-9][A-Za-z0-9_.-]*: " + key);
    }
    return dir.resolve(key + SUFFIX);
  }

  private static String keyOf(String fileName) {
    return fileName.substring(0, fileName.length() - SUFFIX.length());
  }

  private void syncDirectory() throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // the next loadAll() deletes it
    }
  }
}
