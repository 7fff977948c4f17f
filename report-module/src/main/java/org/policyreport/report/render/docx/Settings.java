package org.policyreport.report.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;

/**
 * Document settings and the footnote separators Word expects. When there is a table of contents,
 * Word is asked to update fields on opening so that its page numbers are computed.
 */
final class Settings {
  private Settings() {}

  /** Adds the separator "footnotes" (ids -1 and 0); call before the first real footnote. */
  static void footnoteSeparators(XWPFDocument doc) {
    XWPFFootnotes notes = doc.createFootnotes();
    separator(notes, -1, STFtnEdn.SEPARATOR, "<w:separator/>");
    separator(notes, 0, STFtnEdn.CONTINUATION_SEPARATOR, "<w:continuationSeparator/>");
  }

  private static void separator(XWPFFootnotes notes, int id, STFtnEdn.Enum type, String mark) {
    CTFtnEdn note =
        Wml.parse(
            CTFtnEdn.Factory,
            "<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:r>"
                + mark
                + "</w:r></w:p>");
    note.setId(java.math.BigInteger.valueOf(id));
    note.setType(type);
    notes.addFootnote(note);
  }

  static void apply(XWPFDocument doc, boolean updateFields, String lang) {
    // Children in the order of the schema's CT_Settings sequence.
    String xml =
        "<w:settings xmlns:w=\""
            + Wml.NS
            + "\"><w:zoom w:percent=\"100\"/>"
            // The font is embedded (EmbeddedFonts), subset to the characters in use.
            + "<w:embedTrueTypeFonts/><w:saveSubsetFonts/>"
            + "<w:defaultTabStop w:val=\"800\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "")
            + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\""
            + lang
            + "\" w:eastAsia=\"ko-KR\"/></w:settings>";
    try {
      doc.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(xml).getSettings());
    } catch (XmlException e) {
      throw new IllegalStateException("the built-in settings are invalid", e);
    }
  }
}
