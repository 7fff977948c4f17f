package org.policyreport.report.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.policyreport.analysis.api.Study;
import org.policyreport.contract.InputException;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.contract.config.ConfigTree;

/** A loaded config file: its tree and where its relative paths resolve. */
record ConfigFile(ConfigNode root, ConfigLocation location, String sha256) {
  static final String EMBEDDED = "config/report.yaml";

  /** Loads {@code path}, or the embedded default when it is null. */
  static ConfigFile load(Path path) {
    if (path == null) {
      ConfigLocation.Embedded loc = new ConfigLocation.Embedded("config");
      byte[] bytes = loc.read("report.yaml", "default config");
      return new ConfigFile(
          ConfigTree.parse(bytes, loc.display("report.yaml")), loc, Study.checksum(bytes));
    }
    if (!Files.exists(path)) {
      throw new InputException(path + ": config file not found");
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(path + ": config file is not a regular file");
    }
    Path abs = path.toAbsolutePath().normalize();
    ConfigLocation.OnDisk loc = new ConfigLocation.OnDisk(abs.getParent());
    byte[] bytes = loc.read(abs.getFileName().toString(), "config file");
    return new ConfigFile(ConfigTree.parse(bytes, path.toString()), loc, Study.checksum(bytes));
  }

  /** The analysis part of the config. */
  Study analysis() {
    return Study.of(root, location, sha256);
  }
}
