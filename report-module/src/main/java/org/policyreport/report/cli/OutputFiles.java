package org.policyreport.report.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policyreport.contract.InputException;

/**
 * Writes a run's outputs as one set, all or nothing. Every file is first written into a fresh
 * staging folder beside the targets ({@code OUT/.policy-report-staging-<pid>/new}); only when all
 * of them are there are they moved into place, each existing target first moved aside into the
 * staging folder's {@code previous/}, so that a failed move puts every earlier file back. Before
 * the first move the staging folder records which targets are new ({@code added}); after the last
 * it records that the set is complete ({@code committed}). A run killed in between leaves a mixed
 * set, which the next run puts back from those records before it touches anything else: the
 * previous files return and the new ones without a previous version go. A lock file ({@code
 * OUT/.policy-report.lock}, held through the operating system, so a killed run releases it) keeps
 * two runs from moving files into one folder at the same time. A failure at any point leaves the
 * folder's previous outputs as they were.
 */
final class OutputFiles {
  static final String LOCK = ".policy-report.lock";
  static final String STAGING_PREFIX = ".policy-report-staging-";
  // Inside a staging folder: the new files, the files they replace, which targets are new, and
  // the mark that every file is in place.
  static final String NEW = "new";
  static final String PREVIOUS = "previous";
  static final String ADDED = "added";
  static final String COMMITTED = "committed";

  /** How files reach the disk; tests replace it to simulate a full disk or a failed move. */
  interface Disk {
    void write(Path file, byte[] content) throws IOException;

    void move(Path from, Path to) throws IOException;
  }

  static final Disk REAL =
      new Disk() {
        @Override
        public void write(Path file, byte[] content) throws IOException {
          // Not createTempFile: its owner-only permissions would stay on the moved file, and a
          // report is meant to be shared. A new file gets the user's usual permissions (umask).
          try (FileChannel ch =
                  FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
              OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
            out.write(content);
            out.flush();
            ch.force(true);
          }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
          try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
          }
        }
      };

  private final Path dir;
  private final Disk disk;
  private final long lockWaitMillis;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  OutputFiles(Path dir) {
    this(dir, REAL, 5_000);
  }

  OutputFiles(Path dir, Disk disk, long lockWaitMillis) {
    this.dir = dir;
    this.disk = disk;
    this.lockWaitMillis = lockWaitMillis;
  }

  void add(String name, byte[] content) {
    if (name.contains("\n")) {
      throw new IllegalArgumentException("an output name has no line break: " + name);
    }
    files.put(name, content);
  }

  /** Writes all files; returns their paths. */
  List<Path> commit() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot create the output folder (" + e.getMessage() + ")");
    }
    for (String name : files.keySet()) {
      Path target = dir.resolve(name);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException(
            target + ": is in the way (not a regular file); nothing written, remove it first");
      }
    }
    Path lockFile = dir.resolve(LOCK);
    try {
      FolderLock lock = acquire(lockFile);
      try {
        recoverInterruptedRuns();
        Path staging = dir.resolve(STAGING_PREFIX + ProcessHandle.current().pid());
        Files.createDirectory(staging);
        boolean restored = true;
        try {
          return stageAndMove(staging);
        } catch (RolledBack e) {
          restored = e.restored;
          throw e.getCause();
        } finally {
          if (restored) {
            removeStaging(staging);
          }
        }
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new InputException(
          dir + ": cannot write output (" + e.getMessage() + "); nothing written");
    }
  }

  /** The lock of the output folder: held through the OS, so a killed run releases it. */
  private record FolderLock(Path file, FileChannel channel, FileLock lock) {
    void release() throws IOException {
      try {
        // Deleted while still held: a run waiting on this file sees it gone and locks a new one.
        Files.deleteIfExists(file);
      } finally {
        lock.release();
        channel.close();
      }
    }
  }

  private FolderLock acquire(Path file) throws IOException {
    long deadline = System.nanoTime() + lockWaitMillis * 1_000_000L;
    while (true) {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      Object opened = fileKey(file);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldInThisProgram) {
        lock = null;
      }
      if (lock != null) {
        if (opened != null && opened.equals(fileKey(file))) {
          return new FolderLock(file, channel, lock);
        }
        // the holder deleted the file as it finished (and maybe another run made a new one):
        // the lock on the old file guards nothing, start again
        lock.release();
      }
      channel.close();
      if (System.nanoTime() >= deadline) {
        throw new InputException(
            dir
                + ": another policy-report run is writing into this folder ("
                + file
                + " is locked); nothing written, run again when it has finished or use another"
                + " --out");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException(dir + ": interrupted while waiting for the output folder");
      }
    }
  }

  private static Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
    } catch (IOException gone) {
      return null;
    }
  }

  /** A failed move, after the folder was put back; {@code restored} if every file went back. */
  private static final class RolledBack extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean restored;

    RolledBack(IOException cause, boolean restored) {
      super(cause);
      this.restored = restored;
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  private List<Path> stageAndMove(Path staging) throws IOException, RolledBack {
    Path fresh = staging.resolve(NEW);
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      // A name may have a folder (briefs/Seoul.pdf): it is made in the staging folder too.
      Files.createDirectories(fresh.resolve(e.getKey()).getParent());
      disk.write(fresh.resolve(e.getKey()), e.getValue());
    }
    Path previous = staging.resolve(PREVIOUS);
    Files.createDirectory(previous);
    List<String> added = new ArrayList<>();
    for (String name : files.keySet()) {
      if (!Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        added.add(name);
      }
    }
    // Written before the first move: a run killed during the moves is undone from it.
    disk.write(staging.resolve(ADDED), String.join("\n", added).getBytes(StandardCharsets.UTF_8));
    try {
      for (String name : files.keySet()) {
        Path target = dir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(previous.resolve(name).getParent());
          disk.move(target, previous.resolve(name));
        }
        Files.createDirectories(target.getParent());
        disk.move(fresh.resolve(name), target);
      }
      disk.write(staging.resolve(COMMITTED), new byte[0]);
    } catch (IOException e) {
      throw new RolledBack(e, putBack(staging));
    }
    List<Path> written = new ArrayList<>();
    for (String name : files.keySet()) {
      written.add(dir.resolve(name));
    }
    return written;
  }

  /**
   * Undoes the moves of the run whose staging folder this is, unless it committed: the set-aside
   * files go back into place and the files that had no previous version are removed. Safe to repeat
   * after being cut short, since a file that went back is no longer in {@code previous/}. Returns
   * whether every set-aside file went back (if not, the staging folder must be kept).
   */
  private boolean putBack(Path staging) {
    if (Files.exists(staging.resolve(COMMITTED), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    boolean restored = true;
    Path previous = staging.resolve(PREVIOUS);
    List<Path> setAside = new ArrayList<>();
    try {
      if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> s = Files.walk(previous)) {
          s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(setAside::add);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
    for (Path p : setAside) {
      Path target = dir.resolve(previous.relativize(p).toString());
      try {
        Files.createDirectories(target.getParent());
        Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        restored = false;
      }
    }
    Path added = staging.resolve(ADDED);
    if (Files.isRegularFile(added, LinkOption.NOFOLLOW_LINKS)) {
      try {
        for (String name : Files.readAllLines(added, StandardCharsets.UTF_8)) {
          if (!name.isEmpty() && isOwnName(name)) {
            Files.deleteIfExists(dir.resolve(name));
          }
        }
      } catch (IOException e) {
        restored = false;
      }
    }
    return restored;
  }

  /** A name this program writes: relative and inside the folder (the record is only data). */
  private static boolean isOwnName(String name) {
    if (name.indexOf('\0') >= 0) {
      return false;
    }
    Path p = Path.of(name).normalize();
    return !p.isAbsolute() && !p.startsWith("..");
  }

  /**
   * Staging folders of runs that were killed (under the lock, no live run owns one): an interrupted
   * set of moves is undone first. Then the temporary files that earlier versions of the program
   * left when killed while writing.
   */
  private void recoverInterruptedRuns() throws IOException {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
      s.forEach(stale::add);
    }
    for (Path p : stale) {
      if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(p);
      } else if (putBack(p)) {
        removeStaging(p);
      } else {
        throw new IOException(
            "the outputs of an interrupted run could not all be put back from "
                + p
                + "; move its previous/ files into place by hand and remove it");
      }
    }
    for (String name : files.keySet()) {
      String pattern = "\\." + java.util.regex.Pattern.quote(name) + "\\.\\d+\\.tmp";
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
        for (Path p : s) {
          if (p.getFileName().toString().matches(pattern)) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  /**
   * Removes a staging folder whose files are in place or back: the set-aside files first and the
   * records last, so that a run killed while removing it leaves records that still tell the truth.
   */
  private static void removeStaging(Path staging) throws IOException {
    deleteTree(staging.resolve(PREVIOUS));
    deleteTree(staging.resolve(NEW));
    Files.deleteIfExists(staging.resolve(ADDED));
    deleteTree(staging);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
