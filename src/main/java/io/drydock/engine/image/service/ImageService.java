package io.drydock.engine.image.service;

import io.drydock.engine.events.Actor;
import io.drydock.engine.events.EventBus;
import io.drydock.engine.events.EventType;
import io.drydock.engine.image.DeleteItem;
import io.drydock.engine.image.HistoryItem;
import io.drydock.engine.image.ImageId;
import io.drydock.engine.image.ImageRecord;
import io.drydock.engine.image.Images;
import io.drydock.engine.image.LoadedImage;
import io.drydock.engine.image.Platform;
import io.drydock.engine.image.reference.ImageRef;
import io.drydock.engine.registry.ProgressEvent;
import io.drydock.engine.registry.RegistryAuth;
import io.drydock.engine.system.ObjectRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The image service of the daemon: each verb delegates to {@link Images} and then reports what
 * changed, as dockerd's image service does — an event per verb (with the image's name as
 * attribute) and the new image set to the {@link ObjectRegistry} that {@code /info} counts.
 */
public final class ImageService {
  private final Images images;
  private final EventBus events;
  private final ObjectRegistry registry;
  private final Set<ImageId> known = new HashSet<>();

  public ImageService(Images images, EventBus events, ObjectRegistry registry) {
    this.images = images;
    this.events = events;
    this.registry = registry;
    registry.imageContainers(id -> images.containersUsing(ImageId.parse(id)));
    syncRegistry();
  }

  public Images images() {
    return images;
  }

  public List<ImageRecord> list(boolean all, Map<String, List<String>> filters) {
    return images.list(all, filters);
  }

  public ImageRecord inspect(String nameOrId) {
    return images.inspect(nameOrId);
  }

  public List<HistoryItem> history(String nameOrId) {
    return images.history(nameOrId);
  }

  public void tag(String source, String repo, String tag) {
    ImageId id = images.store().resolve(source);
    images.tag(source, repo, tag);
    publish("tag", id, Images.target(repo, tag).familiarName());
  }

  public List<DeleteItem> remove(String name, boolean force, boolean prune) {
    List<DeleteItem> items = images.remove(name, force, prune);
    report(items);
    return items;
  }

  public Images.PruneReport prune(boolean all, Map<String, List<String>> filters) {
    Images.PruneReport report = images.prune(all, filters);
    report(report.deleted());
    if (!report.deleted().isEmpty()) {
      events.publish(EventType.IMAGE, "prune", new Actor("", Map.of("reclaimed", Long.toString(report.spaceReclaimed()))));
    }
    return report;
  }

  public ImageId importRootfs(InputStream tar, Optional<ImageRef> tag, List<String> changes, String message) {
    ImageId id = images.importRootfs(tar, tag, changes, message);
    syncRegistry();
    publish("import", id, tag.map(ImageRef::familiarName).orElse(id.toString()));
    return id;
  }

  public void save(List<String> names, OutputStream out) {
    images.save(names, out);
    for (String name : names) {
      publish("save", images.store().resolve(name), name);
    }
  }

  public List<LoadedImage> load(InputStream archive) {
    List<LoadedImage> loaded = images.load(archive);
    syncRegistry();
    for (LoadedImage l : loaded) {
      publish("load", l.id(), l.tags().isEmpty() ? l.id().toString() : l.tags().get(0));
    }
    return loaded;
  }

  public ImageId pull(ImageRef ref, Platform platform, Optional<RegistryAuth> auth, Consumer<ProgressEvent> progress) {
    ImageId id = images.pull(ref, platform, auth, progress);
    syncRegistry();
    publish("pull", id, ref.familiarName());
    return id;
  }

  public Images.PushResult push(ImageRef ref, Optional<RegistryAuth> auth, Consumer<ProgressEvent> progress) {
    Images.PushResult result = images.push(ref, auth, progress);
    publish("push", images.store().resolve(ref.toString()), ref.familiarName());
    return result;
  }

  private void report(List<DeleteItem> items) {
    for (DeleteItem item : items) {
      if (item instanceof DeleteItem.Untagged u) {
        events.publish(EventType.IMAGE, "untag", new Actor(u.reference(), Map.of("name", u.reference())));
      } else if (item instanceof DeleteItem.Deleted d) {
        events.publish(EventType.IMAGE, "delete", new Actor(d.id().toString(), Map.of("name", d.id().toString())));
      }
    }
    syncRegistry();
  }

  private void publish(String action, ImageId id, String name) {
    events.publish(EventType.IMAGE, action, new Actor(id.toString(), Map.of("name", name)));
  }

  /** Brings the registry's image set in line with the store (cheap: records are cached). */
  public synchronized void syncRegistry() {
    Set<ImageId> now = new HashSet<>();
    for (ImageRecord r : images.store().records()) {
      now.add(r.id());
      registry.imageStored(r.id().toString(), r.size(), r.sharedSize());
    }
    registry.layersStored(images.store().layersSize());
    for (ImageId gone : known) {
      if (!now.contains(gone)) {
        registry.imageRemoved(gone.toString());
      }
    }
    known.clear();
    known.addAll(now);
  }
}
