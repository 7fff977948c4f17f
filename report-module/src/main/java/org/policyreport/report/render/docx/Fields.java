package org.policyreport.report.render.docx;

import java.util.function.Supplier;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields (PAGE, NUMPAGES, PAGEREF, TOC) written as complex fields: begin, instruction,
 * separate, the cached result a reader shows until the field is updated, end.
 */
final class Fields {
  private Fields() {}

  /** Appends a whole field; {@code runs} makes a new run wherever the field goes. */
  static void field(Supplier<CTR> runs, String instruction, String cachedResult) {
    begin(runs, instruction);
    if (!cachedResult.isEmpty()) {
      text(runs.get(), cachedResult);
    }
    end(runs);
  }

  /** Begin, instruction and separator; the caller writes the result and calls {@link #end}. */
  static void begin(Supplier<CTR> runs, String instruction) {
    begin(runs, instruction, false);
  }

  /** As {@link #begin(Supplier, String)}; a dirty field is one Word recomputes on opening. */
  static void begin(Supplier<CTR> runs, String instruction, boolean dirty) {
    CTFldChar begin = runs.get().addNewFldChar();
    begin.setFldCharType(STFldCharType.BEGIN);
    if (dirty) {
      begin.setDirty(Boolean.TRUE);
    }
    CTText t = runs.get().addNewInstrText();
    t.setStringValue(" " + instruction + " ");
    t.setSpace(SpaceAttribute.Space.PRESERVE);
    runs.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
  }

  static void end(Supplier<CTR> runs) {
    runs.get().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  static void text(CTR run, String s) {
    CTText t = run.addNewT();
    t.setStringValue(s);
    t.setSpace(SpaceAttribute.Space.PRESERVE);
  }
}
