package org.policyreport.report.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.policyreport.contract.config.ConfigLocation;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.TextDump;
import org.policyreport.report.template.ReportContext;
import org.policyreport.report.template.ReportFixture;
import org.policyreport.report.template.TemplateSource;

/**
 * Builds a report from chapters written into a temporary study folder, on the default config and
 * results (models innovation_count, growth_fgls, growth_re, growth_fe, ...; survey expert_survey).
 */
final class AuthoredChapters {
  private final Path dir;

  AuthoredChapters(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code text} as the chapter file {@code name} (under the study folder). */
  AuthoredChapters chapter(String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document of {@code chapters} (YAML for report.chapters) in {@code language}. */
  Document build(String chapters, String language) {
    ConfigNode config =
        ReportFixture.config(
            y -> {
              dropChapters(y);
              int at = y.indexOf("\nreport:\n") + "\nreport:\n".length();
              y.insert(at, "  chapters: " + chapters + "\n");
            });
    ReportContext ctx = ReportFixture.context(config, ReportFixture.results(), language);
    return AuthoredReport.build(
        ctx,
        TemplateSource.builtIn(),
        ChapterList.from(config),
        new ConfigLocation.OnDisk(dir),
        Map.of("recommendations", ReportFixture.recommendations(config, ctx)));
  }

  /** Removes the default study's {@code report.chapters} from the config's YAML text. */
  static void dropChapters(StringBuilder yaml) {
    int from = yaml.indexOf("\n  # The study's text");
    int to = yaml.indexOf("\n  keywords:");
    if (from < 0 || to < from) {
      throw new IllegalStateException("the default config's report.chapters block has moved");
    }
    yaml.delete(from, to);
  }

  /** The text dump of a one-chapter English report whose chapter is {@code markdown}. */
  String dump(String markdown) {
    return dump(markdown, "en");
  }

  String dump(String markdown, String language) {
    chapter("chapters/one.md", markdown);
    return TextDump.of(build("[chapters/one.md]", language));
  }
}
