package org.policyreport.analysis.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 checksum that identifies an input (a data file or a config) in the provenance. */
public final class Sha256 {
  private Sha256() {}

  /** The checksum of {@code bytes} as 64 lower-case hexadecimal digits. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
