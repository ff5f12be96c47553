package org.uptake.survey.wave;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal link: 32 random bytes, written in the link in URL-safe Base64. Only its
 * SHA-256 is stored, so the database alone cannot make a working link.
 */
final class InvitationSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private InvitationSecrets() {}

  static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored hash of a secret; empty for text that cannot be a secret. */
  static Optional<byte[]> hash(String secret) {
    if (!SHAPE.matcher(secret).matches()) {
      return Optional.empty();
    }
    return Optional.of(sha256(secret));
  }

  static String hexHash(String secret) {
    return HexFormat.of().formatHex(sha256(secret));
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
