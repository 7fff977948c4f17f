package org.policyreport.report.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policyreport.report.chart.ChartSpec;

/** Small documents that use every block type, in English and Korean, for renderer tests. */
public final class SampleDocuments {
  private SampleDocuments() {}

  public static Document english() {
    return Numbering.apply(build(Vocabulary.EN));
  }

  public static Document korean() {
    return Numbering.apply(build(Vocabulary.KO));
  }

  private static Document build(Vocabulary v) {
    boolean ko = v.language().equals("ko");
    LocalDate date = LocalDate.of(2018, 12, 7);
    Metadata meta =
        new Metadata(
            ko ? "분권형 혁신주도 지역성장 전략" : "Innovation-driven regional growth through decentralization",
            ko ? "지역혁신체계와 재정분권의 실증분석" : "Evidence from a regional panel and an expert survey",
            List.of(ko ? "홍길동" : "Gil-dong Hong", ko ? "김철수" : "Chul-soo Kim"),
            ko ? "지역정책연구원" : "Regional Policy Institute",
            date,
            v.date(date),
            v.language(),
            ko ? "지역혁신" : "Regional innovation",
            List.of(ko ? "재정분권" : "decentralization", ko ? "지역혁신체계" : "regional innovation system"),
            ko ? "요약 문장입니다." : "A one-paragraph summary.",
            true);
    List<Block> b = new ArrayList<>();
    b.add(
        new TitlePage(
            meta.title(),
            meta.subtitle(),
            meta.authors(),
            meta.organization(),
            meta.dateText(),
            ko
                ? "이 보고서의 자료는 합성 자료입니다."
                : "The data in this report are synthetic and illustrative."));
    b.add(new Heading(1, "summary", ko ? "요약" : "Executive summary", false, null));
    b.add(
        Paragraph.of(
            ko
                ? "재정자주도가 높은 지역일수록 특허 출원이 많다."
                : "Regions with more fiscal autonomy file more patents."));
    b.add(new TableOfContents(v.contentsTitle()));
    b.add(new PageBreak());
    b.add(new Heading(1, "ch1", ko ? "서론" : "Introduction", true, null));
    b.add(new Heading(2, "ch1-1", ko ? "연구의 배경" : "Background", true, null));
    b.add(
        new Paragraph(
            List.of(
                Inline.Text.plain(ko ? "본문 문단과 각주" : "A body paragraph with a footnote"),
                new Inline.Footnote(ko ? "각주 내용." : "The footnote text."),
                Inline.Text.plain(ko ? " 그리고 참조: " : " and a reference to "),
                new Inline.CrossRef("tab:reg"),
                Inline.Text.plain(". "),
                new Inline.Text(ko ? "굵게" : "Bold", true, false),
                Inline.Text.plain(" "),
                new Inline.Text(ko ? "기울임" : "italic", false, true)),
            Paragraph.Role.BODY));
    b.add(new Heading(3, null, ko ? "하위 항목" : "A third-level heading", true, null));
    b.add(new Heading(4, null, ko ? "더 하위 항목" : "A fourth-level heading", true, null));
    b.add(
        new ListBlock(
            true,
            List.of(
                new ListBlock.Item(
                    List.of(Inline.Text.plain(ko ? "첫째 항목" : "First item")),
                    List.of(
                        new ListBlock.Item(
                            List.of(Inline.Text.plain(ko ? "하위 항목" : "Nested item")), List.of()))),
                new ListBlock.Item(
                    List.of(Inline.Text.plain(ko ? "둘째 항목" : "Second item")), List.of()))));
    b.add(
        new ListBlock(
            false,
            List.of(
                new ListBlock.Item(
                    List.of(Inline.Text.plain(ko ? "글머리 항목" : "A bullet")), List.of()))));
    b.add(new Heading(1, "ch4", ko ? "실증분석" : "Empirical analysis", true, null));
    b.add(new Heading(2, null, ko ? "특허 모형" : "Count model", true, null));
    b.add(regressionTable(v, ko));
    List<Row> body = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      body.add(
          Row.of(
              List.of(
                  Cell.text((ko ? "지역 " : "Region ") + i),
                  Cell.number(String.format("%,.1f", 1000.0 + i * 37.5), 1000.0 + i * 37.5, 1),
                  Cell.number(String.format("%.2f", i / 7.0), i / 7.0, 2))));
    }
    b.add(
        new Table(
            "tab:long",
            null,
            ko ? "긴 표" : "A long table",
            Table.Kind.DATA,
            "long",
            List.of(
                Row.of(
                    List.of(
                        Cell.header(ko ? "지역" : "Region"),
                        Cell.header(ko ? "특허" : "Patents"),
                        Cell.header(ko ? "비율" : "Ratio")))),
            body,
            List.of(),
            ko ? "합성 자료" : "Synthetic data"));
    b.add(
        new Figure(
            "fig:irr",
            null,
            ko ? "발생률비" : "Incidence-rate ratios",
            new ChartSpec.Coefficients(
                ko ? "발생률비" : "IRR",
                List.of(ko ? "재정자주도" : "Fiscal autonomy", "R&D"),
                List.of(1.02, 1.10),
                List.of(1.01, 1.02),
                List.of(1.03, 1.19),
                1.0,
                true),
            ko ? "계수 그림" : "Coefficient plot of the IRRs",
            List.of(),
            ko ? "저자 계산" : "Author's calculation"));
    b.add(
        new Figure(
            "fig:bar",
            null,
            ko ? "지역별 특허" : "Patents by region",
            new ChartSpec.Bar(
                ko ? "지역" : "Region",
                ko ? "특허" : "Patents",
                List.of("서울", "부산", "Daejeon"),
                List.of(new ChartSpec.Series("2017", List.of(30000.0, 5000.0, 8000.0))),
                false),
            ko ? "막대 그래프" : "Bar chart",
            List.of(),
            null));
    b.add(
        new Figure(
            "fig:lines",
            null,
            ko ? "연도별 추이" : "Trends",
            new ChartSpec.Lines(
                ko ? "연도" : "Year",
                ko ? "성장률" : "Growth",
                List.of(2015.0, 2016.0, 2017.0),
                List.of(
                    new ChartSpec.Series("서울", List.of(2.0, 2.5, 3.0)),
                    new ChartSpec.Series("Busan", java.util.Arrays.asList(1.0, null, 1.5)))),
            ko ? "선 그래프" : "Line chart",
            List.of(),
            null));
    b.add(
        new Figure(
            "fig:ipa",
            null,
            ko ? "중요도-수행도 행렬" : "Importance-performance matrix",
            new ChartSpec.Scatter(
                ko ? "수행도" : "Performance",
                ko ? "중요도" : "Importance",
                List.of(
                    new ChartSpec.Point(ko ? "재정자율" : "Fiscal", 2.8, 4.3),
                    new ChartSpec.Point("R&D", 3.4, 4.0)),
                3.1,
                4.1,
                List.of(
                    ko ? "유지" : "Keep up",
                    ko ? "집중" : "Concentrate",
                    ko ? "저순위" : "Low priority",
                    ko ? "과잉" : "Overkill")),
            ko ? "산점도" : "Scatter plot",
            List.of(),
            null));
    b.add(new Heading(1, "ch5", ko ? "정책 제언" : "Policy recommendations", true, null));
    b.add(
        new Box(
            "rec1",
            Box.Role.RECOMMENDATION,
            ko ? "재정분권 강화" : "Strengthen fiscal decentralization",
            Box.Status.OK,
            null,
            List.of(
                Paragraph.of(ko ? "정책 과제" : "The policy issue."),
                new ListBlock(
                    false,
                    List.of(
                        new ListBlock.Item(
                            List.of(Inline.Text.plain(ko ? "근거: 성립" : "Evidence: holds")),
                            List.of()))))));
    b.add(
        new Box(
            "rec2",
            Box.Role.RECOMMENDATION,
            ko ? "지역혁신체계" : "Regional innovation systems",
            Box.Status.WARNING,
            ko ? "현재 자료로는 뒷받침되지 않음" : "Not supported by the current evidence",
            List.of(Paragraph.of(ko ? "정책 과제" : "The policy issue."))));
    b.add(new Heading(1, "appendix", ko ? "부록" : "Appendix", false, null));
    b.add(
        new Paragraph(
            List.of(Inline.Text.plain(ko ? "출처 정보" : "Provenance details.")),
            Paragraph.Role.SMALL));
    b.add(
        new Table(
            "tab:prov",
            null,
            ko ? "입력 파일" : "Input files",
            Table.Kind.DATA,
            "inputs",
            List.of(Row.of(List.of(Cell.header(ko ? "파일" : "File"), Cell.header("SHA-256")))),
            List.of(Row.of(List.of(Cell.text("data/regional_panel.csv"), Cell.text("ab12...")))),
            List.of(),
            null));
    return new Document(meta, v, b);
  }

  private static Table regressionTable(Vocabulary v, boolean ko) {
    List<Row> header =
        List.of(
            Row.of(List.of(Cell.header(""), Cell.header("(1) NB2"), Cell.header("(2) gnbreg"))));
    List<Row> body = new ArrayList<>();
    body.add(
        Row.of(
            List.of(
                Cell.text(ko ? "재정자주도" : "Fiscal autonomy"),
                Cell.number("0.021***", 0.0213, 3, "", "***"),
                Cell.number("0.019**", 0.0191, 3, "", "**"))));
    body.add(
        Row.of(
            List.of(
                Cell.text(""),
                Cell.number("(0.004)", 0.0041, 3, "(", ")"),
                Cell.number("(0.008)", 0.0081, 3, "(", ")"))));
    body.add(
        Row.of(
            List.of(
                Cell.text("_cons"),
                Cell.number("-1.234", -1.234, 3),
                Cell.number("-10.500", -10.5, 3))));
    body.add(
        Row.of(
            List.of(
                Cell.text(""),
                Cell.number("(0.210)", 0.21, 3, "(", ")"),
                Cell.number("(1.100)", 1.1, 3, "(", ")"))));
    body.add(
        new Row(
            List.of(Cell.text("N"), Cell.number("214", 214, 0), Cell.number("214", 214, 0)), true));
    body.add(
        Row.of(
            List.of(
                Cell.text(ko ? "로그우도" : "Log likelihood"),
                Cell.number("-1,234.567", -1234.567, 3),
                Cell.number("-1,230.001", -1230.001, 3))));
    return new Table(
        "tab:reg",
        null,
        ko ? "특허 출원 모형 추정 결과" : "Count models of patent applications",
        Table.Kind.REGRESSION,
        "count_models",
        header,
        body,
        List.of(
            ko
                ? "괄호 안은 표준오차. *** p<0.01, ** p<0.05, * p<0.1"
                : "Standard errors in parentheses. *** p<0.01, ** p<0.05, * p<0.1"),
        ko ? "저자 계산" : "Author's calculations");
  }
}
