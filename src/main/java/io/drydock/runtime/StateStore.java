package io.drydock.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runtime's state directory, {@code ROOT/ID/}: {@code state.json} (written to a temp file and
 * renamed: a daemon or runtime killed at any point leaves the old or the new file), the exec fifo and
 * the helper socket. No fsync, as for the supervisor's task.json: the root is volatile state (an exec
 * root, a tmpfs on most hosts) describing processes that die with the machine, the page cache
 * outlives a killed process, and each fsync cost milliseconds on every create and start.
 * Creating the directory is what reserves an id, so two creates of one id cannot both win.
 */
final class StateStore {
  static final String STATE = "state.json";
  static final String FIFO = "exec.fifo";
  static final String SOCKET = "helper.sock";

  private final Path root;
  private final ObjectMapper mapper = new ObjectMapper();

  StateStore(Path root) {
    this.root = root;
  }

  Path dir(RuntimeId id) {
    return root.resolve(id.value());
  }

  /** Reserves the id; refuses one that exists. */
  void reserve(RuntimeId id) {
    try {
      Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
      Files.createDirectory(dir(id), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
    } catch (FileAlreadyExistsException e) {
      throw new DrydockException.Conflict("container with id exists: " + id);
    } catch (IOException e) {
      throw new DrydockException.SystemError("create state directory " + dir(id) + ": " + e.getMessage(), e);
    }
  }

  void save(SavedState state) {
    Path dir = dir(RuntimeId.of(state.id()));
    Path tmp = dir.resolve(STATE + ".tmp");
    try {
      Files.write(tmp, mapper.writeValueAsBytes(state), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(tmp, dir.resolve(STATE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new DrydockException.SystemError("write " + dir.resolve(STATE) + ": " + e.getMessage(), e);
    }
  }

  Optional<SavedState> load(RuntimeId id) {
    try {
      return Optional.of(mapper.readValue(Files.readAllBytes(dir(id).resolve(STATE)), SavedState.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new DrydockException.SystemError("read state of " + id + ": " + e.getMessage(), e);
    }
  }

  SavedState require(RuntimeId id) {
    return load(id).orElseThrow(() -> new DrydockException.NotFound("container \"" + id + "\" does not exist"));
  }

  List<RuntimeId> ids() {
    List<RuntimeId> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> s = Files.list(root)) {
      s.filter(p -> Files.isRegularFile(p.resolve(STATE))).map(p -> p.getFileName().toString()).sorted()
          .forEach(n -> out.add(RuntimeId.of(n)));
    } catch (IOException e) {
      throw new DrydockException.SystemError("list " + root + ": " + e.getMessage(), e);
    }
    return out;
  }

  void remove(RuntimeId id) {
    Path dir = dir(id);
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("remove " + dir + ": " + e.getMessage(), e);
    }
  }
}
