package io.drydock.engine.image;

import io.drydock.common.Digest;
import io.drydock.common.DrydockException;
import io.drydock.engine.image.reference.ImageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code docker rmi}: dockerd's delete decisions step by step (untag first; remove the image only
 * when the last reference goes; refuse when containers use it or it has children unless forced;
 * then remove a parent left dangling). Conflicts carry dockerd's messages because clients show them.
 */
final class RemoveOperation {
  private final ImageStore store;
  private final ImageUsers users;
  /** Counted at this operation's first deletion (an rmi, or a whole prune), then kept as images go. */
  private LayerUse layerUse;

  RemoveOperation(ImageStore store, ImageUsers users) {
    this.store = store;
    this.users = users;
  }

  /** The result: the items to report, and the bytes of blobs freed. */
  record Result(List<DeleteItem> items, long reclaimed) {}

  Result remove(String text, boolean force, boolean prune) {
    ImageId id = store.resolve(text);
    List<DeleteItem> items = new ArrayList<>();
    List<ImageRef> refs = store.index().referencesOf(id);
    boolean removedRepositoryRef = false;
    if (!isIdPrefix(id, text)) {
      ImageRef ref = ImageRef.parse(text);
      if (!force && isSingleReference(refs)) {
        Optional<ImageUsers.User> user = users.usersOf(id).stream().findFirst();
        if (user.isPresent()) {
          throw new DrydockException.Conflict("conflict: unable to remove repository reference \"" + text
              + "\" (must force) - container " + user.get().container().shortId() + " is using its referenced image " + id.shortId());
        }
      }
      store.untag(ref);
      items.add(new DeleteItem.Untagged(ref.familiarName()));
      refs = store.index().referencesOf(id);
      if (ref.digest().isEmpty() && refs.stream().noneMatch(r -> r.digest().isEmpty() && r.name().equals(ref.name()))) {
        for (ImageRef r : List.copyOf(refs)) {
          if (r.digest().isPresent() && r.name().equals(ref.name())) {
            store.untag(r);
            items.add(new DeleteItem.Untagged(r.familiarName()));
          }
        }
        refs = store.index().referencesOf(id);
      }
      if (!refs.isEmpty()) {
        return new Result(items, 0);
      }
      removedRepositoryRef = true;
    } else if (isSingleReference(refs)) {
      Optional<String> conflict = conflict(id, force ? Set.of(Kind.CHILD, Kind.RUNNING) : Set.of(Kind.CHILD, Kind.RUNNING, Kind.STOPPED));
      if (conflict.isPresent()) {
        throw new DrydockException.Conflict(conflict.get());
      }
      for (ImageRef r : refs) {
        store.untag(r);
        items.add(new DeleteItem.Untagged(r.familiarName()));
      }
    }
    long reclaimed = deleteHelper(id, items, force, prune, removedRepositoryRef);
    return new Result(items, reclaimed);
  }

  private enum Kind { CHILD, RUNNING, REFERENCED, STOPPED }

  private long deleteHelper(ImageId id, List<DeleteItem> items, boolean force, boolean prune, boolean quiet) {
    Set<Kind> mask = new HashSet<>(Set.of(Kind.CHILD, Kind.RUNNING));
    if (!force) {
      mask.add(Kind.REFERENCED);
      mask.add(Kind.STOPPED);
    }
    Optional<String> conflict = conflict(id, mask);
    if (conflict.isPresent()) {
      boolean used = !users.usersOf(id).isEmpty();
      boolean dangling = store.index().referencesOf(id).isEmpty();
      if (quiet && (!dangling || used)) {
        return 0;
      }
      throw new DrydockException.Conflict(conflict.get());
    }
    Optional<ImageId> parent = store.index().images().get(id).parent();
    List<Digest> chain = ChainIds.of(store.diffIds(id));
    boolean heldByContainers = !users.usersOf(id).isEmpty();
    if (layerUse == null) {
      layerUse = LayerUse.of(store);
    }
    ImageStore.Removal removal = store.remove(id);
    items.add(new DeleteItem.Deleted(id));
    if (!heldByContainers) {
      layerUse.release(chain).forEach(layer -> items.add(new DeleteItem.DeletedLayer(layer)));
    }
    long reclaimed = removal.bytes();
    if (prune && parent.isPresent() && store.exists(parent.get())) {
      reclaimed += deleteHelper(parent.get(), items, false, true, true);
    }
    return reclaimed;
  }

  private Optional<String> conflict(ImageId id, Set<Kind> mask) {
    if (mask.contains(Kind.CHILD) && !store.index().children(id).isEmpty()) {
      return Optional.of(message(id, true, "image has dependent child images"));
    }
    List<ImageUsers.User> using = users.usersOf(id);
    if (mask.contains(Kind.RUNNING)) {
      Optional<ImageUsers.User> running = using.stream().filter(ImageUsers.User::running).findFirst();
      if (running.isPresent()) {
        return Optional.of(message(id, true, "image is being used by running container " + running.get().container().shortId()));
      }
    }
    if (mask.contains(Kind.REFERENCED) && !store.index().referencesOf(id).isEmpty()) {
      return Optional.of(message(id, false, "image is referenced in multiple repositories"));
    }
    if (mask.contains(Kind.STOPPED)) {
      Optional<ImageUsers.User> stopped = using.stream().filter(u -> !u.running()).findFirst();
      if (stopped.isPresent()) {
        return Optional.of(message(id, false, "image is being used by stopped container " + stopped.get().container().shortId()));
      }
    }
    return Optional.empty();
  }

  private static String message(ImageId id, boolean hard, String why) {
    return "conflict: unable to delete " + id.shortId() + " (" + (hard ? "cannot be forced" : "must be forced") + ") - " + why;
  }

  /** dockerd's {@code isImageIDPrefix}: the argument is (a prefix of) the id, with or without {@code sha256:}. */
  static boolean isIdPrefix(ImageId id, String text) {
    return id.toString().startsWith(text) || id.digest().hex().startsWith(text);
  }

  /** dockerd's {@code isSingleReference}: one tag (plus digests of the same repository) or one reference. */
  static boolean isSingleReference(List<ImageRef> refs) {
    if (refs.size() <= 1) {
      return refs.size() == 1;
    }
    ImageRef single = null;
    Set<String> canonical = new HashSet<>();
    for (ImageRef r : refs) {
      if (r.digest().isPresent()) {
        canonical.add(r.name());
      } else if (single == null) {
        single = r;
      } else {
        return false;
      }
    }
    if (single == null) {
      single = refs.get(0);
    }
    return canonical.size() == 1 && canonical.contains(single.name());
  }
}
