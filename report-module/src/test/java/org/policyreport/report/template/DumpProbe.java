package org.policyreport.report.template;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.policyreport.report.document.TextDump;

class DumpProbe {
  @Test
  void dump() throws Exception {
    for (String lang : new String[] {"en", "ko"}) {
      Files.writeString(Path.of("target", "dump-" + lang + ".txt"), TextDump.of(ReportFixture.build(lang)));
    }
  }
}
