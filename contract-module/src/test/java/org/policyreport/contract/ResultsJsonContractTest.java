package org.policyreport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read of results.json enforces the schema; names in it follow one convention. */
class ResultsJsonContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static String valid;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = ResultsJsonContractTest.class.getResourceAsStream("/results-v2.json")) {
      valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ObjectNode tree() throws Exception {
    return (ObjectNode) MAPPER.readTree(valid);
  }

  private static AnalysisResults read(JsonNode root) throws Exception {
    return ResultsJson.read(MAPPER.writeValueAsBytes(root), "results.json");
  }

  @Test
  void aValidFileReadsAndWritesBackUnchanged() {
    AnalysisResults r = ResultsJson.read(valid.getBytes(StandardCharsets.UTF_8), "results.json");
    assertThat(ResultsJson.toJson(r) + "\n").isEqualTo(valid);
  }

  @Test
  void missingCoefficientPValueIsRejectedWithItsPointer() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0/coefficients/3")).remove("p");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/coefficients/3: ")
        .hasMessageContaining("'p'");
  }

  @Test
  void everyRequiredFieldOfACoefficientIsEnforced() throws Exception {
    for (String field : List.of("equation", "term", "coef", "se", "stat", "p", "ciLow", "ciHigh")) {
      ObjectNode root = tree();
      ((ObjectNode) root.at("/models/1/coefficients/0")).remove(field);
      assertThatThrownBy(() -> read(root))
          .as(field)
          .isInstanceOf(ContractException.class)
          .hasMessageContaining("/models/1/coefficients/0")
          .hasMessageContaining(field);
    }
  }

  @Test
  void unknownPropertyIsRejectedWithItsPointer() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0")).put("nobsTypo", 3);
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0: ")
        .hasMessageContaining("nobsTypo");
  }

  @Test
  void unknownTopLevelPropertyIsRejected() throws Exception {
    ObjectNode root = tree();
    root.put("extra", true);
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("extra");
  }

  @Test
  void wrongTypeIsRejectedWithItsPointer() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0/coefficients/0")).put("se", "0.1");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/coefficients/0/se: ");
  }

  @Test
  void nullForANumberIsRejected() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0")).putNull("nobs");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/nobs: ");
  }

  @Test
  void pValueOutsideZeroToOneIsRejected() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0/coefficients/0")).put("p", 1.5);
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/coefficients/0/p: ");
  }

  /** The file with the number at {@code pointer} written as the literal {@code literal}. */
  private static byte[] withLiteral(String pointer, String literal) throws Exception {
    ObjectNode root = tree();
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) root.at(pointer.substring(0, slash)))
        .put(pointer.substring(slash + 1), 987654.321);
    String json = MAPPER.writeValueAsString(root);
    assertThat(json).containsOnlyOnce("987654.321");
    return json.replace("987654.321", literal).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void numberBeyondTheRangeOfADoubleIsRejectedWithItsPointer() throws Exception {
    byte[] json = withLiteral("/models/0/coefficients/1/coef", "1e400");
    assertThatThrownBy(() -> ResultsJson.read(json, "results.json"))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/coefficients/1/coef: number too large");
  }

  @Test
  void negativeNumberBeyondTheRangeOfADoubleIsRejected() throws Exception {
    byte[] json = withLiteral("/models/1/coefficients/0/se", "-1E+999");
    assertThatThrownBy(() -> ResultsJson.read(json, "results.json"))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/1/coefficients/0/se: number too large");
  }

  @Test
  void integerOutOfRangeIsRejectedWithItsPointer() throws Exception {
    for (String literal : List.of("1e30", "1000000000000000000000000000000", "2147483648")) {
      byte[] json = withLiteral("/models/0/nobs", literal);
      assertThatThrownBy(() -> ResultsJson.read(json, "results.json"))
          .as(literal)
          .isInstanceOf(ContractException.class)
          .hasMessage("results.json: /models/0/nobs: must have a maximum value of 2147483647");
    }
  }

  @Test
  void largestIntegerIsAccepted() throws Exception {
    byte[] json = withLiteral("/models/0/nobsDropped", "2147483647");
    assertThat(ResultsJson.read(json, "results.json").models().get(0).nobsDropped())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aRecordWithANotANumberIsFoundBeforeItIsWritten() {
    VariableSummary ok = new VariableSummary("d", "x", 3, 1.0, 0.5, 0.0, 2.0);
    VariableSummary bad = new VariableSummary("d", "x", 3, 1.0, Double.NaN, 0.0, 2.0);
    assertThat(ResultsJson.firstNonFinite(ok)).isNull();
    assertThat(ResultsJson.firstNonFinite(bad)).isEqualTo("/sd");
    assertThat(ResultsJson.firstNonFinite(List.of(ok, ok, bad))).isEqualTo("/2/sd");
  }

  @Test
  void duplicateKeyIsRejected() {
    String json =
        valid.replaceFirst(
            "\"schemaVersion\" : \"2\",",
            "\"schemaVersion\" : \"2\",\n  \"schemaVersion\" : \"2\",");
    assertThatThrownBy(
            () -> ResultsJson.read(json.getBytes(StandardCharsets.UTF_8), "results.json"))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("schemaVersion");
  }

  @Test
  void version1FileNamesBothVersions() throws Exception {
    ObjectNode root = tree();
    root.put("schemaVersion", "1");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessage("results.json: schemaVersion 1 is not supported (this tool reads version 2)");
  }

  @Test
  void everyPrimitiveComponentOfARecordIsRequiredByTheSchema() throws Exception {
    // A primitive that the schema let go missing would be read as 0 or false without a word.
    JsonNode schema;
    try (InputStream in = ResultsJson.class.getResourceAsStream(ResultsJson.SCHEMA_RESOURCE)) {
      schema = MAPPER.readTree(in);
    }
    Map<Class<?>, String> defs =
        Map.ofEntries(
            Map.entry(Coefficient.class, "coefficient"),
            Map.entry(TestResult.class, "test"),
            Map.entry(ModelResult.class, "model"),
            Map.entry(InputFile.class, "input"),
            Map.entry(ScaleReliability.class, "scaleReliability"),
            Map.entry(SurveyItemResult.class, "surveyItem"),
            Map.entry(SurveyGroup.class, "surveyGroup"),
            Map.entry(SurveyGroupItem.class, "surveyGroupItem"),
            Map.entry(SurveyAnova.class, "surveyAnova"),
            Map.entry(SurveyResult.class, "survey"),
            Map.entry(VariableSummary.class, "variableSummary"),
            Map.entry(Note.class, "note"));
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Class<?>, String> e : defs.entrySet()) {
      JsonNode def = schema.at("/$defs/" + e.getValue());
      List<String> required = new ArrayList<>();
      ((ArrayNode) def.get("required")).forEach(n -> required.add(n.asText()));
      for (RecordComponent c : e.getKey().getRecordComponents()) {
        assertThat(def.at("/properties/" + c.getName()).isMissingNode())
            .as(e.getValue() + "." + c.getName() + " is in the schema")
            .isFalse();
        if (c.getType().isPrimitive() && !required.contains(c.getName())) {
          missing.add(e.getValue() + "." + c.getName());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void testNamesAndStatisticKeysAreCamelCase() throws Exception {
    for (Class<?> names : List.of(TestName.class, StatisticName.class)) {
      for (var f : names.getFields()) {
        if (f.getType() == String.class) {
          assertThat((String) f.get(null)).as(f.getName()).matches("^[a-z][A-Za-z0-9]*$");
        }
      }
    }
  }

  @Test
  void unknownNoteCodeIsRejectedWithItsPointer() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0/notes/0")).put("code", "someSentence");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/notes/0/code: ");
  }

  @Test
  void aNoteAsASentenceIsRejected() throws Exception {
    ObjectNode root = tree();
    ((ArrayNode) root.at("/models/0/notes")).add("x omitted because of collinearity");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/notes/1: ");
  }

  @Test
  void noteCodesAreCamelCaseAndExactlyTheSchemaEnum() throws Exception {
    JsonNode schema;
    try (InputStream in = ResultsJson.class.getResourceAsStream(ResultsJson.SCHEMA_RESOURCE)) {
      schema = MAPPER.readTree(in);
    }
    List<String> inSchema = new ArrayList<>();
    schema.at("/$defs/note/properties/code/enum").forEach(n -> inSchema.add(n.asText()));
    List<String> constants = new ArrayList<>();
    for (var f : NoteCode.class.getFields()) {
      if (f.getType() == String.class) {
        String code = (String) f.get(null);
        assertThat(code).as(f.getName()).matches("^[a-z][A-Za-z0-9]*$");
        constants.add(code);
      }
    }
    assertThat(inSchema).containsExactlyInAnyOrderElementsOf(constants);
    assertThat(NoteCode.ALL).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void testNamesAreExactlyTheSchemaEnum() throws Exception {
    JsonNode schema;
    try (InputStream in = ResultsJson.class.getResourceAsStream(ResultsJson.SCHEMA_RESOURCE)) {
      schema = MAPPER.readTree(in);
    }
    List<String> inSchema = new ArrayList<>();
    schema.at("/$defs/test/properties/name/enum").forEach(n -> inSchema.add(n.asText()));
    List<String> constants = new ArrayList<>();
    for (var f : TestName.class.getFields()) {
      if (f.getType() == String.class) {
        constants.add((String) f.get(null));
      }
    }
    assertThat(inSchema).containsExactlyInAnyOrderElementsOf(constants);
    assertThat(TestName.ALL).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void aTestCarriesNoSentences() throws Exception {
    // A test is named by a TestName and noted by codes: a label, a prose note or a sentence as its
    // name would reach a Korean report in English, so the schema has no place for them.
    ObjectNode withLabel = tree();
    ((ObjectNode) withLabel.at("/models/0/tests/0")).put("label", "LR test against the constant");
    ObjectNode withNote = tree();
    ((ObjectNode) withNote.at("/models/0/tests/0")).put("note", "chi2 < 0: the models fail");
    ObjectNode sentenceNote = tree();
    ((ArrayNode) sentenceNote.at("/models/0/tests/0/notes")).add("chi2 < 0: the models fail");
    ObjectNode sentenceName = tree();
    ((ObjectNode) sentenceName.at("/models/0/tests/0")).put("name", "Hausman test");
    for (ObjectNode root : List.of(withLabel, withNote, sentenceNote, sentenceName)) {
      assertThatThrownBy(() -> read(root))
          .isInstanceOf(ContractException.class)
          .hasMessageStartingWith("results.json: /models/0/tests/0");
    }
  }

  @Test
  void everyTestSaysItsNotesEvenWhenThereAreNone() throws Exception {
    ObjectNode root = tree();
    ((ObjectNode) root.at("/models/0/tests/0")).remove("notes");
    assertThatThrownBy(() -> read(root))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /models/0/tests/0: ")
        .hasMessageContaining("notes");
  }

  @Test
  void aWarningIsANoteCodeNotASentence() throws Exception {
    ObjectNode sentence = tree();
    ((ArrayNode) sentence.get("warnings")).add("model 'x': 3 rows dropped");
    assertThatThrownBy(() -> read(sentence))
        .isInstanceOf(ContractException.class)
        .hasMessageStartingWith("results.json: /warnings/0: ");

    ObjectNode coded = tree();
    ((ArrayNode) coded.get("warnings"))
        .addObject()
        .put("code", NoteCode.ROWS_DROPPED_MISSING)
        .putArray("args")
        .add("3")
        .add("x");
    assertThat(read(coded).warnings())
        .containsExactly(Note.of(NoteCode.ROWS_DROPPED_MISSING, 3, "x"));
  }
}
