package org.policyreport.contract.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.policyreport.contract.InputException;

/**
 * Where a config file lives, so that the paths inside it resolve relative to it: a directory on
 * disk, or a folder inside the program's jar for the embedded default.
 */
public sealed interface ConfigLocation {

  /** Reads the file at {@code relative} (as written in the config) in full. */
  byte[] read(String relative, String what);

  /** How messages should name {@code relative}. */
  String display(String relative);

  /** A config on disk; paths resolve against its directory. */
  record OnDisk(Path directory) implements ConfigLocation {
    public Path resolve(String relative) {
      return directory.resolve(relative).normalize();
    }

    @Override
    public byte[] read(String relative, String what) {
      Path p = resolve(relative);
      if (Files.exists(p) && !Files.isRegularFile(p)) {
        // a directory, a device such as /dev/zero or a FIFO: reading would fail or never end
        throw new InputException(display(relative) + ": " + what + " is not a regular file");
      }
      try {
        return Files.readAllBytes(p);
      } catch (NoSuchFileException e) {
        throw new InputException(display(relative) + ": " + what + " not found");
      } catch (IOException e) {
        throw new InputException(
            display(relative) + ": cannot read " + what + " (" + e.getMessage() + ")");
      }
    }

    @Override
    public String display(String relative) {
      Path p = resolve(relative);
      Path cwd = Path.of("").toAbsolutePath();
      Path abs = p.toAbsolutePath();
      return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
  }

  /** The embedded default: {@code folder} is a resource folder such as {@code config}. */
  record Embedded(String folder) implements ConfigLocation {
    public String resolve(String relative) {
      Path p = Path.of(folder).resolve(relative).normalize();
      return p.toString().replace('\\', '/');
    }

    @Override
    public byte[] read(String relative, String what) {
      String name = resolve(relative);
      try (InputStream in = ConfigLocation.class.getClassLoader().getResourceAsStream(name)) {
        if (in == null) {
          throw new InputException(display(relative) + ": " + what + " not found in the program");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new InputException(
            display(relative) + ": cannot read " + what + " (" + e.getMessage() + ")");
      }
    }

    @Override
    public String display(String relative) {
      return "(embedded) " + resolve(relative);
    }
  }
}
