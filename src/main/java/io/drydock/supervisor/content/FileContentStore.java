package io.drydock.supervisor.content;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.supervisor.store.AtomicFiles;
import io.drydock.supervisor.store.TreeRemover;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The content store as plain files under one root directory:
 *
 * <pre>
 * root/blobs/sha256/&lt;hex&gt;        the bytes, immutable once renamed here
 * root/info/sha256/&lt;hex&gt;.json    size, media type, labels, created (atomic replace)
 * root/ingest/&lt;uuid&gt;             writes in progress; swept when the store is opened
 * </pre>
 *
 * A blob file exists only after its bytes were verified and fsynced, so a crash leaves at worst an
 * ingest file (swept on open) or a blob without info (its info is rebuilt from the file). One
 * process owns a root; within it a read-write lock keeps garbage collection from deleting a blob
 * that a concurrent write is just committing.
 */
public final class FileContentStore implements ContentStore {
  private static final int BUFFER = 64 * 1024;

  private final Path blobs;
  private final Path infos;
  private final Path ingest;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  private FileContentStore(Path root) {
    this.blobs = root.resolve("blobs").resolve(Digest.SHA256);
    this.infos = root.resolve("info").resolve(Digest.SHA256);
    this.ingest = root.resolve("ingest");
  }

  /** Opens (creating if needed) the store under {@code root} and sweeps leftovers of a crash. */
  public static FileContentStore open(Path root) {
    FileContentStore store = new FileContentStore(root);
    try {
      Files.createDirectories(store.blobs);
      Files.createDirectories(store.infos);
      TreeRemover.delete(store.ingest);
      Files.createDirectories(store.ingest);
      store.sweepOrphanInfo();
    } catch (IOException e) {
      throw new UncheckedIOException("open content store " + root + ": " + e.getMessage(), e);
    }
    return store;
  }

  @Override
  public BlobInfo write(InputStream in, WriteRequest request) {
    Path temp = ingest.resolve(UUID.randomUUID().toString());
    try {
      Received received = receive(in, temp, request);
      lock.readLock().lock();
      try {
        return commit(temp, received.digest(), received.size(), request);
      } finally {
        lock.readLock().unlock();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("write blob: " + e.getMessage(), e);
    } finally {
      deleteIfExists(temp);
    }
  }

  private record Received(Digest digest, long size) {}

  private Received receive(InputStream in, Path temp, WriteRequest request) throws IOException {
    MessageDigest sha = Digest.newSha256();
    long size = 0;
    long limit = request.expectedSize().orElse(Long.MAX_VALUE);
    try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buf = new byte[BUFFER];
      for (int n; (n = in.read(buf)) > 0; ) {
        size += n;
        if (size > limit) {
          throw new DrydockException.InvalidArgument(
              "unexpected size for " + describe(request) + ": got more than " + limit + " bytes, expected " + limit);
        }
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    }
    if (size != limit && request.expectedSize().isPresent()) {
      throw new DrydockException.InvalidArgument(
          "unexpected size for " + describe(request) + ": got " + size + " bytes, expected " + limit);
    }
    Digest actual = Digest.ofSha256(sha.digest());
    if (request.expectedDigest().isPresent() && !request.expectedDigest().get().equals(actual)) {
      throw new DrydockException.InvalidArgument(
          "digest mismatch: expected " + request.expectedDigest().get() + ", got " + actual);
    }
    try (var ch = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    return new Received(actual, size);
  }

  private static String describe(WriteRequest request) {
    return request.expectedDigest().map(Digest::toString).orElse("blob");
  }

  private BlobInfo commit(Path temp, Digest digest, long size, WriteRequest request) throws IOException {
    Path blob = blobPath(digest);
    if (Files.exists(blob)) {
      return info(digest);
    }
    AtomicFiles.moveDurably(temp, blob);
    BlobInfo info = new BlobInfo(digest, size, request.mediaType(), request.labels(), Instant.now());
    AtomicFiles.write(infoPath(digest), BlobInfoFile.encode(info));
    return info;
  }

  @Override
  public BlobInfo info(Digest digest) {
    Path blob = blobPath(digest);
    if (!Files.exists(blob)) {
      throw notFound(digest);
    }
    Path info = infoPath(digest);
    if (Files.exists(info)) {
      return BlobInfoFile.decode(info);
    }
    try {
      return new BlobInfo(
          digest, Files.size(blob), WriteRequest.OCTET_STREAM, Map.of(), Files.getLastModifiedTime(blob).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean exists(Digest digest) {
    return Files.exists(blobPath(digest));
  }

  @Override
  public InputStream open(Digest digest) {
    try {
      return Files.newInputStream(blobPath(digest));
    } catch (java.nio.file.NoSuchFileException e) {
      throw notFound(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Path path(Digest digest) {
    if (!exists(digest)) {
      throw notFound(digest);
    }
    return blobPath(digest);
  }

  @Override
  public BlobInfo setLabels(Digest digest, Map<String, String> labels) {
    lock.readLock().lock();
    try {
      BlobInfo updated = info(digest).withLabels(labels);
      AtomicFiles.write(infoPath(digest), BlobInfoFile.encode(updated));
      return updated;
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void delete(Digest digest) {
    lock.writeLock().lock();
    try {
      if (!exists(digest)) {
        throw notFound(digest);
      }
      remove(digest);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Blob first, then info: a crash in between leaves an orphan info file, swept on open. */
  private void remove(Digest digest) {
    try {
      Files.deleteIfExists(blobPath(digest));
      Files.deleteIfExists(infoPath(digest));
      AtomicFiles.fsyncDirectory(blobs);
    } catch (IOException e) {
      throw new UncheckedIOException("delete " + digest + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<BlobInfo> list() {
    List<BlobInfo> all = new ArrayList<>();
    for (Digest d : storedDigests()) {
      all.add(info(d));
    }
    return all;
  }

  @Override
  public Set<Digest> garbageCollect(Set<Digest> roots, Function<BlobInfo, Set<Digest>> references) {
    lock.writeLock().lock();
    try {
      Set<Digest> stored = storedDigests();
      Set<Digest> reachable = new HashSet<>();
      Deque<Digest> todo = new ArrayDeque<>(roots);
      while (!todo.isEmpty()) {
        Digest d = todo.pop();
        if (stored.contains(d) && reachable.add(d)) {
          todo.addAll(references.apply(info(d)));
        }
      }
      Set<Digest> deleted = new TreeSet<>(stored);
      deleted.removeAll(reachable);
      deleted.forEach(this::remove);
      return deleted;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private Set<Digest> storedDigests() {
    Set<Digest> found = new TreeSet<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(blobs)) {
      for (Path p : dir) {
        if (!AtomicFiles.isTemp(p)) {
          found.add(new Digest(Digest.SHA256, p.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private void sweepOrphanInfo() throws IOException {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(infos)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        boolean orphan =
            AtomicFiles.isTemp(p) || !name.endsWith(".json") || !Files.exists(blobs.resolve(name.replace(".json", "")));
        if (orphan) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private Path blobPath(Digest d) {
    return blobs.resolve(d.hex());
  }

  private Path infoPath(Digest d) {
    return infos.resolve(d.hex() + ".json");
  }

  private static DrydockException notFound(Digest d) {
    return new DrydockException.NotFound("content digest " + d + ": not found");
  }

  private static void deleteIfExists(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
