package org.policyreport.report.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
import org.policyreport.contract.InputException;

/**
 * Writes a run's outputs as one set, all or nothing. Every file is first written into a fresh
 * staging folder beside the targets ({@code OUT/.policy-report-staging-<pid>}); only when all of
 * them are there are they moved into place, each existing target first moved aside into the staging
 * folder so that a failed move puts every earlier file back. A lock file ({@code
 * OUT/.policy-report.lock}, held through the operating system, so a killed run releases it) keeps
 * two runs from moving files into one folder at the same time; staging folders left by killed runs
 * are removed by the next run. A failure at any point leaves the folder's previous outputs as they
 * were.
 */
final class OutputFiles {
  static final String LOCK = ".policy-report.lock";
  static final String STAGING_PREFIX = ".policy-report-staging-";

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
        removeStaleStaging();
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
            deleteTree(staging);
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
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      // A name may have a folder (briefs/Seoul.pdf): it is made in the staging folder too.
      Files.createDirectories(staging.resolve(e.getKey()).getParent());
      disk.write(staging.resolve(e.getKey()), e.getValue());
    }
    Path previous = staging.resolve("previous");
    Files.createDirectory(previous);
    List<String> moved = new ArrayList<>();
    List<String> setAside = new ArrayList<>();
    try {
      for (String name : files.keySet()) {
        Path target = dir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(previous.resolve(name).getParent());
          disk.move(target, previous.resolve(name));
          setAside.add(name);
        }
        Files.createDirectories(target.getParent());
        disk.move(staging.resolve(name), target);
        moved.add(name);
      }
    } catch (IOException e) {
      throw new RolledBack(e, rollBack(moved, setAside, previous));
    }
    List<Path> written = new ArrayList<>();
    for (String name : files.keySet()) {
      written.add(dir.resolve(name));
    }
    return written;
  }

  /**
   * Puts the folder back as it was: new files out, set-aside files back. Returns whether every
   * set-aside file went back (if not, it stays in the staging folder, which is then kept).
   */
  private boolean rollBack(List<String> moved, List<String> setAside, Path previous) {
    boolean restored = true;
    for (String name : moved) {
      try {
        Files.deleteIfExists(dir.resolve(name));
      } catch (IOException ignored) {
        // keep going: restoring the other files matters more
      }
    }
    for (String name : setAside) {
      try {
        REAL.move(previous.resolve(name), dir.resolve(name));
      } catch (IOException e) {
        restored = false;
      }
    }
    return restored;
  }

  /**
   * Staging folders of runs that were killed (under the lock, no live run owns one), and the
   * temporary files that earlier versions of the program left when killed while writing.
   */
  private void removeStaleStaging() throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
      for (Path p : s) {
        deleteTree(p);
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
