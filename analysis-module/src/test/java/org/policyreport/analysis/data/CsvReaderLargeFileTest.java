package org.policyreport.analysis.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policyreport.contract.InputException;

/**
 * A large file without quotes is parsed in parts at once; the table and every message must be the
 * ones a single sequential pass gives ({@link CsvReader#parse} always reads sequentially).
 */
class CsvReaderLargeFileTest {
  static final int ROWS = 200_000;

  private static String file(int badRow, int blankRow, int shortRow) {
    StringBuilder sb = new StringBuilder("y,x,mixed,label\r\n");
    for (int i = 0; i < ROWS; i++) {
      sb.append(i % 17).append(',').append(i * 0.25).append(',');
      if (i == badRow) {
        sb.append("n/a");
      } else if (i == blankRow) {
        sb.append(' ');
      } else {
        sb.append(i % 3 == 0 ? "1.50" : Integer.toString(i));
      }
      sb.append(',').append(i % 5 == 0 ? "Seoul" : "Busan");
      if (i != shortRow) {
        sb.append(",");
        sb.setLength(sb.length() - 1);
      } else {
        sb.setLength(sb.lastIndexOf(","));
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  @Test
  void partsGiveTheSameTableAsOneSequentialPass() {
    String text = file(120_000, 170_000, -1);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(1 << 22);
    DataTable parallel = CsvReader.read("t", bytes, "big.csv");
    DataTable sequential = CsvReader.parse("t", text, "big.csv", parallel.sha256());
    assertThat(parallel.rowCount()).isEqualTo(ROWS).isEqualTo(sequential.rowCount());
    for (String c : sequential.columnNames()) {
      assertThat(parallel.labels(c)).as(c).isEqualTo(sequential.labels(c));
    }
    assertThat(parallel.numeric("x")).isEqualTo(sequential.numeric("x"));
    assertThat(message(() -> parallel.numeric("mixed")))
        .isEqualTo(message(() -> sequential.numeric("mixed")))
        .contains("line 120002");
  }

  @Test
  void reportsTheFirstBadRecordWithItsLine() {
    String text = file(-1, -1, 150_000);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String seq = message(() -> CsvReader.parse("t", text, "big.csv", ""));
    assertThat(message(() -> CsvReader.read("t", bytes, "big.csv")))
        .isEqualTo(seq)
        .contains("line 150002");
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an InputException");
  }

  @Test
  void rejectsEmptyLineInsideAPart() {
    String text = file(-1, -1, -1);
    int mid = text.indexOf("\r\n", text.length() / 3) + 2;
    String broken = text.substring(0, mid) + "\r\n" + text.substring(mid);
    assertThatThrownBy(
            () -> CsvReader.read("t", broken.getBytes(StandardCharsets.UTF_8), "big.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(message(() -> CsvReader.parse("t", broken, "big.csv", "")));
  }
}
