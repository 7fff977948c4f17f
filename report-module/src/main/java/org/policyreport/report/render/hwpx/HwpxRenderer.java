package org.policyreport.report.render.hwpx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.Metadata;
import org.policyreport.report.render.Renderer;

/**
 * Writes the report as HWPX (OWPML, KS X 6101), the open format of Hancom Office: the section text
 * first (it decides which images there are), then the header with the look, the metadata and the
 * manifests, and finally the zip with the mimetype first and stored.
 */
public final class HwpxRenderer implements Renderer {

  @Override
  public String extension() {
    return "hwpx";
  }

  @Override
  public void render(Document document, OutputStream out, Consumer<String> warnings)
      throws IOException {
    Metadata m = document.metadata();
    Ids ids = new Ids();
    Xml section = new Xml();
    section.open("hs:sec").namespaces();
    Paragraphs p = new Paragraphs(section, ids);
    boolean frontMatter =
        document.blocks().stream()
            .anyMatch(b -> b instanceof org.policyreport.report.document.BodyStart);
    boolean titlePage =
        document.blocks().stream()
            .anyMatch(b -> b instanceof org.policyreport.report.document.TitlePage);
    PageSetup.write(p, m.title(), document.vocabulary(), frontMatter, titlePage);
    new BlockWriter(p, ids, document.vocabulary(), document.headings(), warnings, false)
        .writeAll(document.blocks());
    section.close();
    byte[] sectionXml = section.bytes();

    List<Ids.Image> images = ids.images();
    List<String> order = Parts.order(images);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (String name : order) {
      parts.put(name, null);
    }
    parts.put(Package.MIMETYPE_ENTRY, Parts.mimetype());
    parts.put(Parts.VERSION, Parts.version());
    parts.put(Parts.HEADER, HeaderPart.xml());
    for (Ids.Image i : images) {
      parts.put(i.path(), i.png());
    }
    parts.put(Parts.SECTION, sectionXml);
    parts.put(Parts.SETTINGS, Parts.settings());
    parts.put(Parts.CONTAINER, Parts.container());
    parts.put(Parts.CONTENT_HPF, Parts.contentHpf(m, images));
    parts.put(Parts.MANIFEST, Parts.manifest(order));
    out.write(Package.zip(parts, m.date().atStartOfDay()));
  }
}
