package io.drydock.supervisor.layer;

import java.util.Optional;

/**
 * The lexical half of tar safety, a pure function of one header: where may this entry go at all?
 * (The other half, resolving parent directories through symlinks without leaving the root, is
 * {@link ScopedPaths}.) Rules, following Docker's archive package:
 *
 * <ul>
 *   <li>a leading {@code /} is stripped: absolute names are relative to the layer root;
 *   <li>a relative name whose {@code ..} climbs above the root is refused;
 *   <li>a hardlink's target is cleaned the same way and must stay inside the root;
 *   <li>a relative symlink target, joined to the link's directory, must not climb above the root
 *       (an absolute one is meant for the container's root and is fine);
 *   <li>device nodes are refused unless allowed; sparse and unknown entry types are refused;
 *   <li>{@code .wh.NAME} is a whiteout of NAME, {@code .wh..wh..opq} marks its directory opaque,
 *       other {@code .wh..wh.*} (aufs bookkeeping) are skipped.
 * </ul>
 */
public final class TarEntryPolicy {
  static final String WHITEOUT_PREFIX = ".wh.";
  static final String OPAQUE = ".wh..wh..opq";
  static final String AUFS_META_PREFIX = ".wh..wh.";

  private TarEntryPolicy() {}

  /** The verdict for one header unpacked in {@code mode}; in a file archive ({@link WhiteoutMode#LITERAL}) {@code .wh.} names are ordinary. */
  public static EntryVerdict check(EntryHeader header, boolean allowDevices, WhiteoutMode mode) {
    Optional<String> cleaned = PathNames.clean(header.name());
    if (cleaned.isEmpty()) {
      return refuse(header, "path escapes the layer root");
    }
    String path = cleaned.get();
    if (path.isEmpty()) {
      return header.kind() == EntryKind.DIRECTORY
          ? new EntryVerdict.Skip("the layer root itself")
          : refuse(header, "only a directory may name the layer root");
    }
    String base = PathNames.base(path);
    if (mode.layer() && base.startsWith(WHITEOUT_PREFIX)) {
      return whiteout(header, path, base);
    }
    return switch (header.kind()) {
      case OTHER -> refuse(header, "unsupported tar entry type");
      case CHAR_DEVICE, BLOCK_DEVICE -> allowDevices
          ? new EntryVerdict.Write(path, header.kind(), "")
          : refuse(header, "device nodes are not allowed in this layer");
      case HARDLINK -> hardlink(header, path);
      case SYMLINK -> symlink(header, path);
      default -> new EntryVerdict.Write(path, header.kind(), "");
    };
  }

  private static EntryVerdict whiteout(EntryHeader header, String path, String base) {
    String dir = PathNames.parent(path);
    if (base.equals(OPAQUE)) {
      return new EntryVerdict.Opaque(dir);
    }
    if (base.startsWith(AUFS_META_PREFIX)) {
      return new EntryVerdict.Skip("aufs metadata");
    }
    String victim = base.substring(WHITEOUT_PREFIX.length());
    if (victim.isEmpty() || victim.equals(".") || victim.equals("..")) {
      return refuse(header, "whiteout names no file");
    }
    return new EntryVerdict.Whiteout(PathNames.join(dir, victim));
  }

  private static EntryVerdict hardlink(EntryHeader header, String path) {
    Optional<String> target = PathNames.clean(header.linkName());
    if (target.isEmpty() || target.get().isEmpty()) {
      return refuse(header, "hardlink target \"" + header.linkName() + "\" is outside the layer");
    }
    if (target.get().equals(path)) {
      return refuse(header, "hardlink to itself");
    }
    return new EntryVerdict.Write(path, EntryKind.HARDLINK, target.get());
  }

  private static EntryVerdict symlink(EntryHeader header, String path) {
    String link = header.linkName();
    if (link.isEmpty()) {
      return refuse(header, "symlink with an empty target");
    }
    if (!link.startsWith("/") && PathNames.clean(PathNames.join(PathNames.parent(path), link)).isEmpty()) {
      return refuse(header, "symlink target \"" + link + "\" climbs out of the layer");
    }
    return new EntryVerdict.Write(path, EntryKind.SYMLINK, link);
  }

  private static EntryVerdict refuse(EntryHeader header, String why) {
    return new EntryVerdict.Refuse("refusing layer entry \"" + header.name() + "\": " + why);
  }
}
