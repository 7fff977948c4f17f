package org.policyreport.report.template;

import java.io.IOException;
import java.io.Writer;

/**
 * What a template writes, up to a number of characters: past it every write fails, so that a
 * runaway loop ends before it fills the memory.
 */
final class LimitedWriter extends Writer {
  private final StringBuilder text = new StringBuilder();
  private final long limit;
  private volatile boolean exceeded;

  LimitedWriter(long limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    if (exceeded || text.length() + (long) len > limit) {
      exceeded = true;
      throw new IOException("the template wrote more than " + (limit >> 20) + " MiB of text");
    }
    if (Thread.currentThread().isInterrupted()) {
      // the time is up: a loop that only writes stops here too
      throw new IOException("the template ran out of time");
    }
    text.append(buf, off, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (exceeded || text.length() + (long) len > limit) {
      exceeded = true;
      throw new IOException("the template wrote more than " + (limit >> 20) + " MiB of text");
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new IOException("the template ran out of time");
    }
    text.append(s, off, off + len);
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
