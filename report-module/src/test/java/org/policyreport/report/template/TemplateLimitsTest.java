package org.policyreport.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyreport.report.document.DocumentException;

/**
 * A template that never ends, writes without end or recurses without end is stopped with one line
 * that names it; FreeMarker's own errors (a failing {@code ?interpret}, a missing or malformed
 * template) become one line with their reason and without FreeMarker's internal class names.
 */
class TemplateLimitsTest {
  @TempDir Path dir;

  @BeforeEach
  void shortTimeLimit() {
    System.setProperty(Sandbox.TIME_LIMIT_PROPERTY, "2");
  }

  @AfterEach
  void usualTimeLimit() {
    System.clearProperty(Sandbox.TIME_LIMIT_PROPERTY);
  }

  private Configuration cfg() {
    return Sandbox.configuration(
        ConfinedTemplateLoader.onDisk(dir), Locale.ROOT, PlainTextOutputFormat.INSTANCE);
  }

  private String run(String name, String body) throws IOException, TemplateException {
    Files.writeString(dir.resolve(name), body, StandardCharsets.UTF_8);
    Configuration cfg = cfg();
    return Sandbox.process(cfg.getTemplate(name), Map.of(), "chapters/" + name);
  }

  /** What the chapter code does with an error: one line. */
  private String message(String name, String body) {
    try {
      run(name, body);
    } catch (TemplateException e) {
      return Sandbox.error(e, "chapters/" + name).getMessage();
    } catch (IOException e) {
      return Sandbox.error(e, "chapters/" + name).getMessage();
    }
    throw new AssertionError("no error");
  }

  @Test
  void aLoopWithoutEndIsStoppedAtTheTimeLimit() {
    assertThatThrownBy(
            () -> run("loop.md", "<#list 1.. as i><#if i gt 3000000000>x<#break></#if></#list>"))
        .isInstanceOf(DocumentException.class)
        .hasMessage(
            "chapters/loop.md: still running after 2 s (an endless <#list> or recursion?);"
                + " stopped, nothing written");
  }

  @Test
  void aLoopWithoutEndInAnIncludedFileIsStoppedToo() throws IOException {
    Files.writeString(dir.resolve("_setup.ftl"), "<#list 1.. as i></#list>");
    assertThatThrownBy(() -> run("main.md", "# Title\n<#include \"_setup.ftl\">\n"))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("chapters/main.md: still running after 2 s");
  }

  @Test
  void textBeyondTheLimitIsAnErrorNamingTheChapter() {
    assertThatThrownBy(() -> run("long.md", "<#list 1..100000000 as i>${i} </#list>"))
        .isInstanceOf(DocumentException.class)
        .hasMessage(
            "chapters/long.md produced more than "
                + Sandbox.OUTPUT_LIMIT_MIB
                + " MiB of text (an endless <#list>?); stopped, nothing written");
  }

  @Test
  void textBeyondTheLimitIsAnErrorEvenInsideAttempt() {
    assertThatThrownBy(
            () ->
                run(
                    "attempt.md",
                    "<#list 1..100 as k><#attempt><#list 1..2000000 as i>${i} </#list>"
                        + "<#recover>r</#attempt></#list>"))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("produced more than");
  }

  @Test
  void endlessRecursionIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> run("deep.md", "<#macro r n><@r n+1/></#macro><@r 0/>"))
        .isInstanceOf(DocumentException.class)
        .hasMessage(
            "chapters/deep.md: macros or functions call each other too deeply (endless"
                + " recursion?); nothing written");
  }

  @Test
  void aTemplateWithinTheLimitsWritesItsText() throws Exception {
    assertThat(run("ok.md", "<#list 1..3 as i>${i} </#list>")).isEqualTo("1 2 3 ");
  }

  @Test
  void aFailingInterpretedTemplateGivesItsReasonOnOneLine() {
    String m = message("interp.md", "x\n<#assign t = \"${'$'}{nothing.here}\"?interpret><@t/>\n");
    assertThat(m)
        .startsWith("chapters/interp.md line 2, column ")
        .contains("?interpret")
        .contains("nothing")
        .doesNotContain("---begin-message---")
        .doesNotContain("\n");
  }

  @Test
  void aMissingIncludeIsOneLineWithoutLoaderClasses() {
    String m = message("inc.md", "<#include \"nowhere.ftl\">");
    assertThat(m)
        .startsWith("chapters/inc.md line 1, column 1: ")
        .contains("nowhere.ftl")
        .doesNotContain("TemplateLoader")
        .doesNotContain("\n");
  }

  @Test
  void aMissingTemplateIsOneLine() {
    assertThatThrownBy(() -> cfg().getTemplate("en/report.ftl"))
        .isInstanceOfSatisfying(
            IOException.class,
            e ->
                assertThat(Sandbox.error(e, "templates/en/report.ftl").getMessage())
                    .isEqualTo("templates/en/report.ftl: template not found"));
  }

  @Test
  void aSyntaxErrorIsOneLineWithItsLine() {
    String m = message("syntax.md", "a\nb\n<#if>\n");
    assertThat(m).startsWith("chapters/syntax.md line 3, column ").doesNotContain("\n");
  }
}
