package org.policyreport.report.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (the workbook as POI wrote it) so that the same content gives the same
 * bytes: POI stamps every entry with the current time; here each entry gets the report's date and
 * the entries a fixed order.
 */
public final class ReproducibleZip {
  private ReproducibleZip() {}

  public static void rewrite(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(ORDER);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    ZipOutputStream zos = new ZipOutputStream(out);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTimeLocal(time);
      zos.putNextEntry(entry);
      zos.write(e.getValue());
      zos.closeEntry();
    }
    zos.finish();
    zos.flush();
  }

  /** The content-types part first (some readers expect it there), then by name. */
  private static final Comparator<String> ORDER =
      Comparator.comparing((String n) -> !n.equals("[Content_Types].xml"))
          .thenComparing(Comparator.naturalOrder());
}
