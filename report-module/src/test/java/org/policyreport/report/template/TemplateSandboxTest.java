package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.report.document.Document;
import org.policyreport.report.document.DocumentException;
import org.policyreport.report.document.TextDump;

/**
 * Each known way out of a FreeMarker template, tried in a user's template folder: every one must
 * end in a one-line error that names the file, never in a command run, a class loaded or a file
 * read outside the folder.
 */
class TemplateSandboxTest {
  @TempDir Path dir;

  private Document render(String body) throws IOException {
    Path en = Files.createDirectories(dir.resolve("templates").resolve("en"));
    Files.writeString(
        en.resolve("report.ftl"),
        "<#ftl output_format=\"XML\">\n<report>\n" + body + "\n</report>\n",
        StandardCharsets.UTF_8);
    ReportContext ctx =
        ReportFixture.context(ReportFixture.config(), ReportFixture.results(), "en");
    return ReportBuilder.build(
        ctx,
        TemplateSource.folder(dir.resolve("templates")),
        Map.of("recommendations", java.util.List.of()));
  }

  private void assertRefused(String body, String expected) {
    assertThatThrownBy(() -> render(body))
        .isInstanceOf(DocumentException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain("uid=").doesNotContain("\n");
              assertThat(e.getMessage()).contains("report.ftl").contains(expected);
            });
  }

  @Test
  void executeCannotBeInstantiated() {
    assertRefused(
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()><p>${ex(\"id\")}</p>", "line 3");
  }

  @Test
  void objectConstructorCannotStartAProcess() {
    assertRefused(
        "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>"
            + "<p>${oc(\"java.lang.ProcessBuilder\", [\"id\"]).start()}</p>",
        "line 3");
  }

  @Test
  void jythonRuntimeCannotBeInstantiated() {
    assertRefused(
        "<#assign py=\"freemarker.template.utility.JythonRuntime\"?new()><p>x</p>", "line 3");
  }

  @Test
  void apiBuiltInIsOff() {
    assertRefused("<p>${fx?api.getClass().getName()}</p>", "?api");
  }

  @Test
  void getClassIsNotAMember() {
    assertRefused("<p>${report.getClass().getClassLoader()}</p>", "line 3");
  }

  @Test
  void classPropertyIsNotAMemberOfAResultRecord() {
    assertRefused("<p>${results.models[0].class.classLoader}</p>", "line 3");
  }

  @Test
  void contextBehindTheFactsIsNotReachable() {
    assertRefused("<p>${fx.ctx.settings().title()}</p>", "line 3");
  }

  @Test
  void documentedModelStillWorks() throws IOException {
    Document d =
        render(
            "<p>${report.title} ${fx.modelName(\"growth_fe\")} ${results.models[0].id}"
                + " ${fx.effect(\"growth_fe\", \"fiscal_autonomy\").coefText}</p>");
    assertThat(TextDump.of(d))
        .contains("Innovation-Driven Regional Growth")
        .contains("Fixed effects");
  }

  @Test
  void includeOfAnAbsolutePathStaysInTheFolder() {
    assertRefused("<#include \"/etc/passwd\">", "etc/passwd");
  }

  @Test
  void includeOfAParentPathIsRefused() {
    assertRefused("<#include \"../../../../../../etc/passwd\">", "line 3");
  }

  @Test
  void importOfAParentPathIsRefused() {
    assertRefused("<#import \"../secret.ftl\" as s>", "line 3");
  }

  @Test
  void includeThroughASymlinkOutOfTheFolderIsRefused() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    Path en = Files.createDirectories(dir.resolve("templates").resolve("en"));
    Files.createSymbolicLink(en.resolve("link.ftl"), secret);
    assertThatThrownBy(() -> render("<p><#include \"link.ftl\"></p>"))
        .isInstanceOf(DocumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP SECRET").contains("line 3"));
  }

  @Test
  void failureInsideAttemptIsSilent() throws IOException {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Document d;
    try {
      d = render("<p><#attempt>${fx.stat(\"nope\", \"x\")}<#recover>recovered</#attempt></p>");
    } finally {
      System.setErr(old);
    }
    assertThat(TextDump.of(d)).contains("recovered");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void namesThatLeaveTheFolderAreNotConfined() {
    assertThat(ConfinedTemplateLoader.isConfinedName("en/report.ftl")).isTrue();
    assertThat(ConfinedTemplateLoader.isConfinedName("../x.ftl")).isFalse();
    assertThat(ConfinedTemplateLoader.isConfinedName("/etc/passwd")).isFalse();
    assertThat(ConfinedTemplateLoader.isConfinedName("file:/etc/passwd")).isFalse();
    assertThat(ConfinedTemplateLoader.isConfinedName("a\\..\\b")).isFalse();
  }
}
