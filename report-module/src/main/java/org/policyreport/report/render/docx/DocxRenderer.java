package org.policyreport.report.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policyreport.report.document.Block;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Metadata;
import org.policyreport.report.document.TableOfContents;
import org.policyreport.report.document.TitlePage;
import org.policyreport.report.render.Fonts;
import org.policyreport.report.render.Renderer;

/**
 * Writes the report as a Word document: styles first (the look lives there), then the blocks, the
 * page set-up and the file properties; finally the package is rewritten with fixed entry times so
 * that the same document always gives the same bytes.
 */
public final class DocxRenderer implements Renderer {

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public void render(Document document, OutputStream out, Consumer<String> warnings)
      throws IOException {
    Metadata m = document.metadata();
    String lang = Properties.languageTag(m.language());
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument()) {
      Styles.install(doc, Fonts.FAMILY, lang, Tables.noteIndent(document.vocabulary()));
      Settings.footnoteSeparators(doc);
      References refs = References.of(document);
      ListNumbering lists = new ListNumbering(document.vocabulary());
      BlockWriter writer =
          new BlockWriter(
              doc,
              Body.of(doc),
              document.vocabulary(),
              document,
              new Inlines(doc, refs),
              refs,
              lists,
              warnings,
              false);
      writer.writeAll(document.blocks());
      lists.install(doc);
      PageLayout.apply(
          doc,
          m.title(),
          document.vocabulary(),
          writer.frontMatterEnd() != null,
          document.blocks().stream().anyMatch(b -> b instanceof TitlePage));
      if (writer.frontMatterEnd() != null) {
        BackMatter.splitSections(doc, writer.frontMatterEnd());
      }
      Settings.apply(doc, hasTableOfContents(document), lang);
      Properties.apply(doc, m, lang);
      EmbeddedFonts.embed(doc, Fonts.FAMILY, lists.drawnCharacters());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      doc.write(buffer);
      bytes = buffer.toByteArray();
    }
    out.write(StableZip.rewrite(bytes, m.date().atStartOfDay()));
  }

  private static boolean hasTableOfContents(Document d) {
    for (Block b : d.blocks()) {
      if (b instanceof TableOfContents) {
        return true;
      }
    }
    return false;
  }
}
