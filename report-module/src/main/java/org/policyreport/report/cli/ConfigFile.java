package org.policyreport.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policyreport.analysis.InputException;
import org.policyreport.analysis.config.AnalysisConfig;
import org.policyreport.analysis.config.ConfigLocation;
import org.policyreport.analysis.config.ConfigNode;

/** A loaded config file: its tree and where its relative paths resolve. */
record ConfigFile(ConfigNode root, ConfigLocation location, String sha256) {
  static final String EMBEDDED = "config/report.yaml";

  /** Loads {@code path}, or the embedded default when it is null. */
  static ConfigFile load(Path path) {
    if (path == null) {
      ConfigLocation.Embedded loc = new ConfigLocation.Embedded("config");
      byte[] bytes = loc.read("report.yaml", "default config");
      return new ConfigFile(
          AnalysisConfig.parseTree(bytes, loc.display("report.yaml")), loc, sha256(bytes));
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(path + ": config file not found");
    }
    Path abs = path.toAbsolutePath().normalize();
    ConfigLocation.OnDisk loc = new ConfigLocation.OnDisk(abs.getParent());
    byte[] bytes = loc.read(abs.getFileName().toString(), "config file");
    return new ConfigFile(AnalysisConfig.parseTree(bytes, path.toString()), loc, sha256(bytes));
  }

  AnalysisConfig analysis() {
    return AnalysisConfig.from(root, location).withSha256(sha256);
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
