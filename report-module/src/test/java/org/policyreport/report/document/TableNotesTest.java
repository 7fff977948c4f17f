package org.policyreport.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several notes under one table or figure are one note numbered "1) … 2) …" in the document model,
 * so that each renderer writes a single "주:" before them instead of one per note.
 */
class TableNotesTest {

  private static Table table(List<String> notes) {
    return new Table(
        "t",
        null,
        "Caption",
        Table.Kind.DATA,
        "t",
        List.of(Row.of(List.of(Cell.header("A")))),
        List.of(Row.of(List.of(Cell.text("1")))),
        notes,
        "Source");
  }

  private static Table numbered(Table t) {
    Document d =
        Numbering.apply(
            new Document(SampleDocuments.korean().metadata(), Vocabulary.KO, List.of(t)));
    return (Table) d.blocks().get(0);
  }

  @Test
  void severalNotesUnderATableBecomeOneNumberedNote() {
    Table t = numbered(table(List.of("공통 AR(1) 계수는 ρ=0.4임.", "괄호 안은 표준오차임.")));
    assertThat(t.notes()).containsExactly("1) 공통 AR(1) 계수는 ρ=0.4임. 2) 괄호 안은 표준오차임.");
  }

  @Test
  void aSingleNoteIsNotNumbered() {
    assertThat(numbered(table(List.of("괄호 안은 표준오차임."))).notes()).containsExactly("괄호 안은 표준오차임.");
  }

  @Test
  void blankNotesAreLeftOutBeforeNumbering() {
    assertThat(numbered(table(List.of("  ", "괄호 안은 표준오차임."))).notes())
        .containsExactly("괄호 안은 표준오차임.");
  }
}
