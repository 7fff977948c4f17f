package org.policyreport.report.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        // Not createTempFile: its owner-only permissions would stay on the moved file, and a report
        // is meant to be shared. A new file gets the user's usual permissions (umask).
        Path t = dir.resolve("." + e.getKey() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(t);
        Files.write(t, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        tmp.add(t);
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
