package io.drydock.engine.image.reference;

import io.drydock.common.DrydockException;

/**
 * What a client means by an image argument: an image id (a full 64-hex id, or a digest
 * {@code sha256:...}) or a name. A 64-hex string is always an id, never a repository, exactly
 * as distribution's {@code ParseAnyReference} decides. Short hex strings are ambiguous (they are
 * also valid names); {@link #mayBeShortId} tells the image store to try them as an id prefix
 * first, as dockerd does with its digest set.
 */
public sealed interface ImageLookup {

  /** An image id as a validated {@code algorithm:hex} digest string. */
  record ById(String digest) implements ImageLookup {
    public ById {
      DigestText.validate(digest);
    }
  }

  /** A name, normalized, with {@code latest} added when neither tag nor digest was given. */
  record ByName(ImageRef ref) implements ImageLookup {}

  static ImageLookup parse(String text) {
    if (text != null && ReferenceGrammar.IDENTIFIER.matcher(text).matches()) {
      return new ById("sha256:" + text);
    }
    if (text != null && text.indexOf('/') < 0 && DigestText.isValid(text)) {
      return new ById(text);
    }
    if (text == null || text.isEmpty()) {
      throw new DrydockException.InvalidArgument("invalid reference format");
    }
    return new ByName(ImageRef.parse(text));
  }

  /** Whether {@code text} could be an id prefix (6 to 64 lowercase hex characters). */
  static boolean mayBeShortId(String text) {
    return text != null && ReferenceGrammar.SHORT_IDENTIFIER.matcher(text).matches();
  }
}
