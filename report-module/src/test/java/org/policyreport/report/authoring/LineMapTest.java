package org.policyreport.report.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void linesAfterDirectivesThatPrintNothingMapToTheirSourceLines() {
    String source = "# A\n<#if x>\nshown\n</#if>\n<#assign y = 1>\n\nlast\n";
    String output = "# A\nshown\n\nlast\n";
    LineMap map = new LineMap(source, output);
    assertThat(map.sourceLine(0)).isEqualTo(1);
    assertThat(map.sourceLine(1)).isEqualTo(3);
    assertThat(map.sourceLine(3)).isEqualTo(7);
  }

  @Test
  void lineWithAnInterpolatedValueMapsToTheNextUnmatchedSourceLine() {
    String source = "# A\n\nvalue ${x} here\n\nafter\n";
    String output = "# A\n\nvalue 0.134 here\n\nafter\n";
    LineMap map = new LineMap(source, output);
    assertThat(map.sourceLine(2)).isEqualTo(3);
    assertThat(map.sourceLine(4)).isEqualTo(5);
  }
}
