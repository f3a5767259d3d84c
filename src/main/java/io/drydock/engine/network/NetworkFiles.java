package io.drydock.engine.network;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the network service keeps its state: one file per network ({@code <id>.json}, the record
 * and its endpoints) and, under {@code removed/}, one file per stopped container whose networks
 * were removed ({@link Membership}). Every write is atomic (temp file, fsync, rename).
 */
final class NetworkFiles {
  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<List<Membership>> MEMBERSHIPS = new TypeReference<>() {};

  private final Path root;

  NetworkFiles(Path root) {
    this.root = root;
  }

  List<NetworkState> loadNetworks() {
    List<NetworkState> out = new ArrayList<>();
    try {
      Files.createDirectories(root);
      try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.json")) {
        for (Path f : files) {
          out.add(JSON.readValue(Files.readAllBytes(f), NetworkState.class));
        }
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("load networks from " + root + ": " + e.getMessage(), e);
    }
    return out;
  }

  void save(NetworkState state) {
    try {
      Files.createDirectories(root);
      AtomicFiles.write(root.resolve(state.network().id() + ".json"), JSON.writeValueAsBytes(state));
    } catch (IOException e) {
      throw new DrydockException.SystemError("save network " + state.network().name() + ": " + e.getMessage(), e);
    }
  }

  void delete(NetworkRecord record) {
    try {
      Files.deleteIfExists(root.resolve(record.id() + ".json"));
    } catch (IOException e) {
      throw new DrydockException.SystemError("remove network " + record.name() + ": " + e.getMessage(), e);
    }
  }

  /** The memberships of every container that has some, by container id. */
  Map<String, List<Membership>> loadMemberships() {
    Map<String, List<Membership>> out = new LinkedHashMap<>();
    Path dir = root.resolve("removed");
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        out.put(name.substring(0, name.length() - ".json".length()), JSON.readValue(Files.readAllBytes(f), MEMBERSHIPS));
      }
    } catch (IOException e) {
      throw new DrydockException.SystemError("load the memberships of removed networks: " + e.getMessage(), e);
    }
    return out;
  }

  /** Writes (or, when empty, deletes) a container's memberships. */
  void saveMemberships(String containerId, List<Membership> memberships) {
    Path file = root.resolve("removed").resolve(containerId + ".json");
    try {
      if (memberships.isEmpty()) {
        Files.deleteIfExists(file);
        return;
      }
      Files.createDirectories(file.getParent());
      AtomicFiles.write(file, JSON.writeValueAsBytes(memberships));
    } catch (IOException e) {
      throw new DrydockException.SystemError("save the removed networks of " + containerId + ": " + e.getMessage(), e);
    }
  }
}
