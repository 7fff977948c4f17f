package org.policyreport.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.contract.InputException;

/** Outputs are moved into place as a set: any failure leaves the previous set as it was. */
class OutputFilesTest {
  @TempDir Path dir;
  private Path out;

  @BeforeEach
  void previousRun() throws IOException {
    out = dir.resolve("out");
    write(out, "old");
  }

  private static void write(Path out, String content) {
    OutputFiles f = new OutputFiles(out);
    for (String name : new String[] {"results.json", "report.docx", "report.xlsx", "report.pdf"}) {
      f.add(name, (content + " " + name).getBytes(StandardCharsets.UTF_8));
    }
    f.commit();
  }

  private static OutputFiles newRun(Path out, OutputFiles.Disk disk) {
    OutputFiles f = new OutputFiles(out, disk, 0);
    for (String name : new String[] {"results.json", "report.docx", "report.xlsx", "report.pdf"}) {
      f.add(name, ("new " + name).getBytes(StandardCharsets.UTF_8));
    }
    return f;
  }

  /** Every entry of the folder (hidden ones included) with its content. */
  private static Map<String, String> contents(Path out) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(out)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(
            p.getFileName().toString(),
            Files.isRegularFile(p) ? Files.readString(p) : "(directory)");
      }
    }
    return m;
  }

  private static final Map<String, String> OLD =
      Map.of(
          "results.json", "old results.json",
          "report.docx", "old report.docx",
          "report.xlsx", "old report.xlsx",
          "report.pdf", "old report.pdf");

  @Test
  void aSuccessfulRunReplacesTheSetAndLeavesNothingElse() throws IOException {
    newRun(out, OutputFiles.REAL).commit();
    assertThat(contents(out))
        .containsOnlyKeys("results.json", "report.docx", "report.xlsx", "report.pdf")
        .containsEntry("report.pdf", "new report.pdf");
  }

  @Test
  void aFullDiskWhileStagingLeavesThePreviousOutputs() throws IOException {
    AtomicInteger writes = new AtomicInteger();
    OutputFiles.Disk full =
        new OutputFiles.Disk() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            if (writes.incrementAndGet() == 3) {
              throw new IOException("No space left on device");
            }
            OutputFiles.REAL.write(file, content);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            OutputFiles.REAL.move(from, to);
          }
        };
    assertThatThrownBy(() -> newRun(out, full).commit())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("No space left on device")
        .hasMessageContaining("nothing written");
    assertThat(contents(out)).isEqualTo(OLD);
  }

  @Test
  void aFailedThirdMoveRollsBackTheFirstTwo() throws IOException {
    AtomicInteger moves = new AtomicInteger();
    OutputFiles.Disk failing =
        new OutputFiles.Disk() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            OutputFiles.REAL.write(file, content);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            // moves alternate: set the old file aside, move the new one in; the 6th is the
            // third file's move into place
            if (moves.incrementAndGet() == 6) {
              throw new IOException("simulated failure");
            }
            OutputFiles.REAL.move(from, to);
          }
        };
    assertThatThrownBy(() -> newRun(out, failing).commit())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("simulated failure");
    assertThat(contents(out)).isEqualTo(OLD);
  }

  @Test
  void aDirectoryInTheWayFailsBeforeAnythingMoves() throws IOException {
    Files.delete(out.resolve("report.pdf"));
    Files.createDirectories(out.resolve("report.pdf").resolve("inside"));
    assertThatThrownBy(() -> newRun(out, OutputFiles.REAL).commit())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("report.pdf: is in the way");
    assertThat(Files.readString(out.resolve("results.json"))).isEqualTo("old results.json");
    assertThat(contents(out)).doesNotContainKeys(OutputFiles.LOCK);
  }

  @Test
  void aSecondRunIntoALockedFolderFailsWithAClearMessage() throws IOException {
    try (FileChannel ch =
            FileChannel.open(
                out.resolve(OutputFiles.LOCK),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = ch.lock()) {
      assertThatThrownBy(() -> newRun(out, OutputFiles.REAL).commit())
          .isInstanceOf(InputException.class)
          .hasMessageContaining("another policy-report run is writing into this folder");
    }
    Files.delete(out.resolve(OutputFiles.LOCK));
    assertThat(contents(out)).isEqualTo(OLD);
  }

  @Test
  void stagingFolderOfAKilledRunIsRemovedByTheNextRun() throws IOException {
    // what kill -9 during staging leaves: a staging folder with partly written files
    Path stale = out.resolve(OutputFiles.STAGING_PREFIX + "999999999");
    Files.createDirectories(stale.resolve("previous"));
    Files.writeString(stale.resolve("report.docx"), "half");
    // and what an earlier version of the program left when killed while writing
    Files.writeString(out.resolve(".report.pdf.12345.tmp"), "half");
    newRun(out, OutputFiles.REAL).commit();
    assertThat(contents(out))
        .containsOnlyKeys("results.json", "report.docx", "report.xlsx", "report.pdf");
  }

  /** A run killed during its moves, as the staging folder and the output folder then are. */
  private Path interruptedRun(Path out, boolean committed) throws IOException {
    Path staging = out.resolve(OutputFiles.STAGING_PREFIX + "999999999");
    Files.createDirectories(staging.resolve(OutputFiles.PREVIOUS));
    Files.createDirectories(staging.resolve(OutputFiles.NEW));
    // results.json was replaced, report.docx set aside but its new version not yet moved in,
    // report.hwpx (which the folder did not have) moved in
    Files.move(out.resolve("results.json"), staging.resolve("previous/results.json"));
    Files.writeString(out.resolve("results.json"), "new results.json");
    Files.move(out.resolve("report.docx"), staging.resolve("previous/report.docx"));
    Files.writeString(staging.resolve("new/report.docx"), "new report.docx");
    Files.writeString(out.resolve("report.hwpx"), "new report.hwpx");
    Files.writeString(staging.resolve(OutputFiles.ADDED), "report.hwpx");
    if (committed) {
      Files.writeString(staging.resolve(OutputFiles.COMMITTED), "");
    }
    return staging;
  }

  private static OutputFiles pdfOnly(Path out) {
    OutputFiles f = new OutputFiles(out, OutputFiles.REAL, 0);
    f.add("report.pdf", "newer report.pdf".getBytes(StandardCharsets.UTF_8));
    return f;
  }

  @Test
  void anInterruptedSetOfMovesIsPutBackBeforeTheNextRunWrites() throws IOException {
    interruptedRun(out, false);
    pdfOnly(out).commit();
    assertThat(contents(out))
        .isEqualTo(
            Map.of(
                "results.json", "old results.json",
                "report.docx", "old report.docx",
                "report.xlsx", "old report.xlsx",
                "report.pdf", "newer report.pdf"));
  }

  @Test
  void aCommittedRunsStagingFolderIsOnlyRemoved() throws IOException {
    interruptedRun(out, true);
    pdfOnly(out).commit();
    assertThat(contents(out))
        .containsOnlyKeys("results.json", "report.xlsx", "report.pdf", "report.hwpx")
        .containsEntry("results.json", "new results.json")
        .containsEntry("report.pdf", "newer report.pdf");
  }

  @Test
  void puttingAnInterruptedRunBackTwiceChangesNothingMore() throws IOException {
    Path staging = interruptedRun(out, false);
    // a first recovery was itself killed after putting results.json back
    Files.move(
        staging.resolve("previous/results.json"),
        out.resolve("results.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    pdfOnly(out).commit();
    assertThat(contents(out))
        .containsEntry("results.json", "old results.json")
        .containsEntry("report.docx", "old report.docx")
        .doesNotContainKey("report.hwpx");
  }

  @Test
  void aStagingFolderOfAnEarlierVersionGivesBackItsPreviousFiles() throws IOException {
    // earlier versions kept no record of new files: what was set aside still goes back
    Path staging = out.resolve(OutputFiles.STAGING_PREFIX + "4242");
    Files.createDirectories(staging.resolve("previous"));
    Files.move(out.resolve("report.docx"), staging.resolve("previous/report.docx"));
    Files.writeString(staging.resolve("results.json"), "half");
    pdfOnly(out).commit();
    assertThat(contents(out))
        .containsOnlyKeys("results.json", "report.docx", "report.xlsx", "report.pdf")
        .containsEntry("report.docx", "old report.docx");
  }

  @Test
  void aFailedCommitMarkLeavesThePreviousOutputs() throws IOException {
    OutputFiles.Disk noMark =
        new OutputFiles.Disk() {
          @Override
          public void write(Path file, byte[] content) throws IOException {
            if (file.getFileName().toString().equals(OutputFiles.COMMITTED)) {
              throw new IOException("No space left on device");
            }
            OutputFiles.REAL.write(file, content);
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            OutputFiles.REAL.move(from, to);
          }
        };
    OutputFiles run = newRun(out, noMark);
    run.add("report.hwpx", "new report.hwpx".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(run::commit).isInstanceOf(InputException.class);
    assertThat(contents(out)).isEqualTo(OLD);
  }
}
