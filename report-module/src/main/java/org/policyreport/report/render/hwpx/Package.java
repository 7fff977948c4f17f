package org.policyreport.report.render.hwpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip container as Hangul does: the {@code mimetype} entry first and stored uncompressed
 * (readers identify the format from its bytes at a fixed offset), the version and images stored,
 * the XML parts deflated; every entry with the same fixed time, so the same document always gives
 * the same bytes.
 */
final class Package {
  static final String MIMETYPE_ENTRY = "mimetype";

  private Package() {}

  /** {@code parts} in their stored order (a LinkedHashMap). */
  static byte[] zip(Map<String, byte[]> parts, LocalDateTime time) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        String name = e.getKey();
        byte[] data = e.getValue();
        ZipEntry entry = new ZipEntry(name);
        // A local date-time, not an instant: the stored time must not depend on the time zone.
        entry.setTimeLocal(time);
        if (stored(name)) {
          CRC32 crc = new CRC32();
          crc.update(data);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCompressedSize(data.length);
          entry.setCrc(crc.getValue());
        } else {
          entry.setMethod(ZipEntry.DEFLATED);
        }
        out.putNextEntry(entry);
        out.write(data);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static boolean stored(String name) {
    return name.equals(MIMETYPE_ENTRY) || name.equals(Parts.VERSION) || name.endsWith(".png");
  }
}
