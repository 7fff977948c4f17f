package org.policyreport.report.authoring;

import freemarker.cache.TemplateLoader;
import java.nio.file.Path;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.template.ConfinedTemplateLoader;

/**
 * One authored chapter: where it is, how errors name it, and the folders its FreeMarker may load
 * from: the chapter's own folder, then the language's template folder (for {@code <#import
 * "findings.ftl" as f>}); {@code <#include>} and {@code <#import>} cannot leave them.
 */
record ChapterFile(String display, TemplateLoader loader, String name) {

  static ChapterFile of(ConfigLocation location, String relative, TemplateLoader language) {
    if (location instanceof ConfigLocation.OnDisk) {
      Path p = ((ConfigLocation.OnDisk) location).resolve(relative);
      if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isRegularFile(p)) {
        // a device, a pipe or a folder: reading it could block or never end
        throw new DocumentException(location.display(relative) + ": is not a regular file");
      }
      return new ChapterFile(
          location.display(relative),
          both(ConfinedTemplateLoader.onDisk(p.getParent()), language),
          p.getFileName().toString());
    }
    String resource = ((ConfigLocation.Embedded) location).resolve(relative);
    int slash = resource.lastIndexOf('/');
    return new ChapterFile(
        location.display(relative),
        both(
            ConfinedTemplateLoader.resources(slash < 0 ? "" : resource.substring(0, slash)),
            language),
        resource.substring(slash + 1));
  }

  private static TemplateLoader both(TemplateLoader chapter, TemplateLoader language) {
    return new freemarker.cache.MultiTemplateLoader(new TemplateLoader[] {chapter, language});
  }

  /** The chapter's text as written (FreeMarker has already read it, so it exists). */
  String source() throws java.io.IOException {
    Object src = loader.findTemplateSource(name);
    try (java.io.Reader r = loader.getReader(src, "UTF-8")) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } finally {
      loader.closeTemplateSource(src);
    }
  }
}
