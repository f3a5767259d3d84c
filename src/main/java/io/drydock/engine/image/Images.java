package io.drydock.engine.image;

import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.ProgressEvent;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.registry.RegistryClient;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The image service the API's routes call: one method per Docker image verb, each taking what the
 * route parsed and returning engine records (the route translates them into DTOs). Heavier verbs
 * live in their own classes ({@link RemoveOperation}, {@link RootfsImport}, {@link ArchiveSaver},
 * {@link ArchiveLoader}, {@link PullOperation}, {@link PushOperation}).
 */
public final class Images {
  private final ImageStore store;
  private final ImageUsers users;
  private final RegistryClient registries;

  public Images(ImageStore store, ImageUsers users, RegistryClient registries) {
    this.store = store;
    this.users = users;
    this.registries = registries;
  }

  public ImageStore store() {
    return store;
  }

  /** How many containers were created from the image (running or not). */
  public int containersUsing(ImageId id) {
    return users.usersOf(id).size();
  }

  /** {@code GET /images/json}: top-level images (all=false hides untagged parents), filtered. */
  public List<ImageRecord> list(boolean all, Map<String, List<String>> filters) {
    ImageFilters f = ImageFilters.parse(filters, name -> inspect(name).created());
    ImageIndex index = store.index();
    List<ImageRecord> out = new ArrayList<>();
    for (ImageRecord r : store.records()) {
      if (!all && r.dangling() && !index.children(r.id()).isEmpty()) {
        continue;
      }
      f.apply(r).ifPresent(out::add);
    }
    out.sort((a, b) -> b.created().compareTo(a.created()));
    return out;
  }

  /** {@code GET /images/{name}/json}: by full id, id prefix or name; NotFound {@code No such image: x}. */
  public ImageRecord inspect(String nameOrId) {
    return store.record(store.resolve(nameOrId));
  }

  /** {@code GET /images/{name}/history}. */
  public List<HistoryItem> history(String nameOrId) {
    return HistoryView.of(store, store.resolve(nameOrId));
  }

  /**
   * {@code POST /images/{name}/tag?repo=&tag=}: gives the image a new name; an empty tag is
   * {@code latest}. A digest reference cannot be created by tagging.
   */
  public void tag(String source, String repo, String tag) {
    ImageId id = store.resolve(source);
    ImageRef ref = target(repo, tag);
    store.tag(ref, id);
  }

  /**
   * The reference {@code repo} + {@code tag} names (the {@code repo}/{@code tag} query parameters
   * of tag and import): an empty tag is {@code latest}; a digest is refused.
   */
  public static ImageRef target(String repo, String tag) {
    if (repo == null || repo.isEmpty()) {
      throw new DrydockException.InvalidArgument("repository name must have at least one component");
    }
    ImageRef named = ImageRef.parseNamed(repo);
    if (named.digest().isPresent()) {
      throw new DrydockException.InvalidArgument("refusing to create a tag with a digest reference");
    }
    if (tag != null && !tag.isEmpty()) {
      if (named.tag().isPresent()) {
        throw new DrydockException.InvalidArgument("invalid reference format");
      }
      return named.withTag(ImageRef.requireTag(tag));
    }
    return named.tag().isPresent() ? named : named.withTag(ImageRef.DEFAULT_TAG);
  }

  /** {@code DELETE /images/{name}?force=&noprune=}: dockerd's untag/delete answer. */
  public List<DeleteItem> remove(String name, boolean force, boolean prune) {
    return new RemoveOperation(store, users).remove(name, force, prune).items();
  }

  /**
   * The reference of {@code POST /images/create?fromImage=&tag=} (and of push's name + tag): the
   * tag parameter may be a tag or a digest; without either, {@code latest}.
   */
  public static ImageRef remoteReference(String image, String tagOrDigest) {
    ImageRef named = ImageRef.parseNamed(image);
    if (tagOrDigest == null || tagOrDigest.isEmpty()) {
      return named.tag().isPresent() || named.digest().isPresent() ? named : named.withTag(ImageRef.DEFAULT_TAG);
    }
    if (named.tag().isPresent() || named.digest().isPresent()) {
      throw new DrydockException.InvalidArgument("invalid reference format");
    }
    if (tagOrDigest.contains(":")) {
      return named.withDigest(io.drydock.engine.image.reference.DigestText.validate(tagOrDigest));
    }
    return named.withTag(ImageRef.requireTag(tagOrDigest));
  }

  /** What {@code POST /images/prune} answers. */
  public record PruneReport(List<DeleteItem> deleted, long spaceReclaimed) {}

  /**
   * {@code POST /images/prune}: dangling images only, or (all) every image no container uses.
   * Filters: label, label! and until are applied as by dockerd; images in use are skipped.
   */
  public PruneReport prune(boolean all, Map<String, List<String>> filters) {
    PruneFilter filter = PruneFilter.parse(filters);
    RemoveOperation remover = new RemoveOperation(store, users);
    List<DeleteItem> deleted = new ArrayList<>();
    long reclaimed = 0;
    ImageIndex index = store.index();
    for (ImageRecord r : store.records()) {
      boolean head = index.children(r.id()).isEmpty();
      if ((!all && !head) || !filter.test(r) || !store.exists(r.id())) {
        continue;
      }
      List<ImageRef> refs = store.index().referencesOf(r.id());
      boolean hasTag = refs.stream().anyMatch(ref -> ref.digest().isEmpty());
      List<String> targets = new ArrayList<>();
      if (refs.isEmpty()) {
        targets.add(r.id().digest().hex());
      } else if (all || !hasTag) {
        refs.forEach(ref -> targets.add(ref.toString()));
      }
      for (String target : targets) {
        try {
          RemoveOperation.Result result = remover.remove(target, false, true);
          deleted.addAll(result.items());
          reclaimed += result.reclaimed();
        } catch (DrydockException.Conflict | DrydockException.NotFound skipped) {
          // in use or already gone with an earlier reference: prune leaves it, as dockerd does
        }
      }
    }
    return new PruneReport(deleted, reclaimed);
  }

  /**
   * {@code POST /images/create?fromSrc=-&repo=&tag=&changes=&message=}: imports a root file
   * system tar as a one-layer image, tagged when {@code tag} is present.
   */
  public ImageId importRootfs(InputStream tar, Optional<ImageRef> tag, List<String> changes, String message) {
    ImageId id = RootfsImport.run(store, tar, new RootfsImport.Request(changes, message, Instant.now(), Platform.host(), ImageConfig.EMPTY, ""));
    tag.ifPresent(ref -> store.tag(ref, id));
    return id;
  }

  /** {@code GET /images/get?names=} and {@code GET /images/{name}/get}: a docker-archive of the images, written to {@code out}. */
  public void save(List<String> names, java.io.OutputStream out) {
    new ArchiveSaver(store).save(names, out);
  }

  /** {@code POST /images/load}: a docker-archive or OCI layout; all or nothing. */
  public List<LoadedImage> load(InputStream archive) {
    return new ArchiveLoader(store).load(archive);
  }

  /**
   * {@code POST /images/create?fromImage=&tag=&platform=}: pulls from the registry of {@code ref},
   * reporting progress; the image exists (tagged, with its repository digest) only once complete.
   */
  public ImageId pull(ImageRef ref, Platform platform, Optional<RegistryAuth> auth, java.util.function.Consumer<ProgressEvent> progress) {
    return new PullOperation(store, registries).pull(ref, platform, auth, progress);
  }

  /**
   * {@code GET /distribution/{name}/json}: the descriptor and platforms of {@code ref} on its
   * registry (see {@link DistributionInspection}); nothing is pulled.
   */
  public DistributionInfo distribution(ImageRef ref, Optional<RegistryAuth> auth) {
    return new DistributionInspection(registries).inspect(ref, auth);
  }

  /** The registry client the pulls and pushes use (also for search and login). */
  public RegistryClient registries() {
    return registries;
  }

  /**
   * What {@code POST /images/{name}/push} reports last: the docker CLI's {@code aux} Tag/Digest/Size
   * and the line {@code <tag>: digest: <digest> size: <n>}.
   */
  public record PushResult(String tag, io.drydock.common.Digest digest, long size) {}

  /** {@code POST /images/{name}/push?tag=}: pushes the local image {@code ref} (tag defaults to latest). */
  public PushResult push(ImageRef ref, Optional<RegistryAuth> auth, java.util.function.Consumer<ProgressEvent> progress) {
    return new PushOperation(store, registries).push(ref, auth, progress);
  }
}
