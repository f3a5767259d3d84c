package io.drydock.engine.container.wiring;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.drydock.engine.volume.MountType;
import java.nio.file.Path;

/**
 * One mount of a container as persisted after create: for a volume, {@code source} is the volume's
 * name (anonymous ones were created with a generated name); for a bind, the canonical host path.
 * {@code inherited}: taken from a {@code --volumes-from} container, which dockerd does not count as
 * a use of the volume until the container starts. {@code mode}: the text inspect shows as the mount's
 * {@code Mode} (see {@link io.drydock.engine.volume.MountRequest#mode}); empty for an inherited one,
 * as dockerd copies no mode from the source container.
 */
public record StoredMount(
    @JsonProperty("type") MountType type,
    @JsonProperty("source") String source,
    @JsonProperty("target") String target,
    @JsonProperty("readOnly") boolean readOnly,
    @JsonProperty("propagation") String propagation,
    @JsonProperty("anonymous") boolean anonymous,
    @JsonProperty("noCopy") boolean noCopy,
    @JsonProperty("tmpfsSizeBytes") long tmpfsSizeBytes,
    @JsonProperty("tmpfsMode") int tmpfsMode,
    @JsonProperty("inherited") boolean inherited,
    @JsonProperty("mode") String mode) {
  public StoredMount {
    propagation = propagation == null ? "" : propagation;
    mode = mode == null ? "" : mode;
  }

  /** A mount of the container's own. */
  public StoredMount(MountType type, String source, String target, boolean readOnly, String propagation, boolean anonymous, boolean noCopy,
      long tmpfsSizeBytes, int tmpfsMode, String mode) {
    this(type, source, target, readOnly, propagation, anonymous, noCopy, tmpfsSizeBytes, tmpfsMode, false, mode);
  }

  /** A mount of the container's own that shows no mode. */
  public StoredMount(MountType type, String source, String target, boolean readOnly, String propagation, boolean anonymous, boolean noCopy,
      long tmpfsSizeBytes, int tmpfsMode) {
    this(type, source, target, readOnly, propagation, anonymous, noCopy, tmpfsSizeBytes, tmpfsMode, "");
  }

  /** The mount as inspect shows it; a volume's source is its {@code _data} directory under {@code volumesRoot}. */
  WiringView.MountView view(Path volumesRoot) {
    String shownSource = switch (type) {
      case VOLUME -> volumesRoot.resolve(source).resolve("_data").toString();
      case BIND -> source;
      case TMPFS -> "";
    };
    return new WiringView.MountView(type, type == MountType.VOLUME ? source : "", shownSource, target, mode, !readOnly,
        type == MountType.BIND ? (propagation.isEmpty() ? "rprivate" : propagation) : "");
  }
}
