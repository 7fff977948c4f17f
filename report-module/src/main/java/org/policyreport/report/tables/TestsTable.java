package org.policyreport.report.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.contract.ModelResult;
import org.policyreport.contract.Note;
import org.policyreport.contract.TestName;
import org.policyreport.contract.TestResult;
import org.policyreport.report.document.Cell;
import org.policyreport.report.document.Row;
import org.policyreport.report.document.Table;
import org.policyreport.report.format.NumberStyle;
import org.policyreport.report.template.ReportContext;

/**
 * Diagnostic and specification tests of one or more models: one row per test, named from {@code
 * test.<name>}; the tests' own notes (e.g. a negative Hausman statistic) follow the author's notes,
 * worded from {@code note.<code>} and each said once, naming its models.
 *
 * <p>The Hausman test compares fixed and random effects. The analysis also attaches it to an FGLS
 * model (so that a study with FGLS alone still has it); when the table shows a random-effects model
 * of the same outcome, regressors and data, the comparison is listed with that model only, so that
 * it is not read as a test of the FGLS model.
 */
public final class TestsTable {
  private static final String RANDOM_EFFECTS = "re";

  private TestsTable() {}

  public static Table build(
      ReportContext ctx,
      String id,
      String caption,
      List<ModelResult> models,
      List<String> notes,
      String source,
      String sheet) {
    NumberStyle f = ctx.numbers();
    var w = ctx.words();
    List<Row> header = HeaderRow.of(w, "col.model", "col.test", "col.statistic", "col.df", "col.p");
    List<Row> body = new ArrayList<>();
    for (ModelResult m : models) {
      for (TestResult t : shownTests(m, models)) {
        String name = w.has("test." + t.name()) ? w.get("test." + t.name()) : t.name();
        String df =
            t.df() == null
                ? ""
                : t.df2() == null ? Integer.toString(t.df()) : t.df() + ", " + t.df2();
        body.add(
            Row.of(
                List.of(
                    Cell.text(ctx.modelShortName(m.id())),
                    Cell.text(name),
                    Cell.number(f.num(t.statistic()), t.statistic(), f.decimals()),
                    new Cell(df, null, 0, "", "", 1, Cell.Align.CENTER, false),
                    p(f, t.p()))));
      }
    }
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(testNotes(ctx, models));
    return new Table(id, null, caption, Table.Kind.DATA, sheet, header, body, allNotes, source);
  }

  /** The notes of the models' tests, each wording once, after the short names of its models. */
  static List<String> testNotes(ReportContext ctx, List<ModelResult> models) {
    Map<String, Set<String>> byText = new LinkedHashMap<>();
    for (ModelResult m : models) {
      for (TestResult t : shownTests(m, models)) {
        for (Note n : t.notes()) {
          byText
              .computeIfAbsent(
                  NoteWords.word(ctx.words(), ctx.numbers(), n), k -> new LinkedHashSet<>())
              .add(ctx.modelShortName(m.id()));
        }
      }
    }
    List<String> out = new ArrayList<>();
    byText.forEach((text, names) -> out.add(String.join(", ", names) + ": " + text));
    return out;
  }

  /**
   * The tests of {@code m} the table lists: all but a Hausman test that a random-effects model
   * owns.
   */
  static List<TestResult> shownTests(ModelResult m, List<ModelResult> models) {
    if (m.estimator().equals(RANDOM_EFFECTS) || m.test(TestName.HAUSMAN) == null) {
      return m.tests();
    }
    boolean owned =
        models.stream()
            .anyMatch(
                o ->
                    o.estimator().equals(RANDOM_EFFECTS)
                        && o.test(TestName.HAUSMAN) != null
                        && o.data().equals(m.data())
                        && o.dependent().equals(m.dependent())
                        && o.regressors().equals(m.regressors()));
    return owned
        ? m.tests().stream().filter(t -> !t.name().equals(TestName.HAUSMAN)).toList()
        : m.tests();
  }

  static Cell p(NumberStyle f, double p) {
    String text = f.p(p);
    return text.startsWith("<")
        ? new Cell(text, null, 0, "", "", 1, Cell.Align.DECIMAL, false)
        : Cell.number(text, p, 3);
  }
}
