package org.policyreport.report.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyreport.analysis.InputException;

/**
 * Collects every output in memory and writes them only when all of them were made, each to a
 * temporary file moved into place, so that a failed run never leaves a half-written file.
 */
final class OutputFiles {
  private final Path dir;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  OutputFiles(Path dir) {
    this.dir = dir;
  }

  void add(String name, byte[] content) {
    files.put(name, content);
  }

  /** Writes all files; returns their paths. */
  List<Path> commit() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot create the output folder (" + e.getMessage() + ")");
    }
    List<Path> tmp = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path t = Files.createTempFile(dir, "." + e.getKey() + ".", ".tmp");
        tmp.add(t);
        Files.write(t, e.getValue());
      }
      int i = 0;
      for (String name : files.keySet()) {
        Path target = dir.resolve(name);
        try {
          Files.move(
              tmp.get(i),
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
          Files.move(tmp.get(i), target, StandardCopyOption.REPLACE_EXISTING);
        }
        written.add(target);
        i++;
      }
      return written;
    } catch (IOException e) {
      for (Path t : tmp) {
        try {
          Files.deleteIfExists(t);
        } catch (IOException ignored) {
          // best effort: the original error matters more
        }
      }
      throw new InputException(dir + ": cannot write output (" + e.getMessage() + ")");
    }
  }
}
