package org.policyreport.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads results.json. Reading is the only way into the report: it checks the schema
 * version, validates the whole file against the JSON Schema (closed objects, required fields,
 * types, ranges) and only then binds it to the records, strictly (no unknown properties, no null
 * for a primitive). A file that breaks the contract fails with the JSON pointer of the first
 * problem, so that a missing number never turns into a silent 0.
 */
public final class ResultsJson {
  /** Where the schema lives on the class path. */
  public static final String SCHEMA_RESOURCE = "/schema/results.schema.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final Schema SCHEMA = loadSchema();

  private ResultsJson() {}

  private static Schema loadSchema() {
    try (InputStream in = ResultsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the program");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(AnalysisResults results, OutputStream out) throws IOException {
    MAPPER.writeValue(out, results);
  }

  public static String toJson(AnalysisResults results) {
    try {
      return MAPPER.writeValueAsString(results);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("results could not be serialised", e);
    }
  }

  /** The bytes of results.json as the analysis writes them: UTF-8, ending in a newline. */
  public static byte[] toBytes(AnalysisResults results) {
    return (toJson(results) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Parses and validates results.json bytes, as {@link #read(InputStream, String)}. */
  public static AnalysisResults read(byte[] bytes, String displayName) {
    return read(new ByteArrayInputStream(bytes), displayName);
  }

  public static AnalysisResults read(Path path) {
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new ContractException(path + ": results file is not a regular file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (NoSuchFileException e) {
      throw new ContractException(path + ": results file not found");
    } catch (IOException e) {
      throw new ContractException(path + ": cannot read results file (" + e.getMessage() + ")");
    }
  }

  public static AnalysisResults read(InputStream in, String displayName) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      String where = JsonPosition.of(e);
      throw new ContractException(
          displayName + where + ": not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new ContractException(
          displayName + ": cannot read results file (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ContractException(displayName + ": not a results file (expected a JSON object)");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isTextual()) {
      throw new ContractException(
          displayName
              + ": key 'schemaVersion' is missing (this tool reads version "
              + AnalysisResults.SCHEMA_VERSION
              + ")");
    }
    if (!AnalysisResults.SCHEMA_VERSION.equals(version.asText())) {
      throw new ContractException(
          displayName
              + ": schemaVersion "
              + version.asText()
              + " is not supported (this tool reads version "
              + AnalysisResults.SCHEMA_VERSION
              + ")");
    }
    String overflow = firstNonFinite(root, "");
    if (overflow != null) {
      throw new ContractException(
          displayName
              + ": "
              + overflow
              + ": number too large (beyond about 1.8e308, the largest a double holds)");
    }
    List<Error> errors = SCHEMA.validate(root);
    if (!errors.isEmpty()) {
      Error first = errors.get(0);
      String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems)" : "";
      throw new ContractException(
          displayName
              + ": "
              + pointer(first.getInstanceLocation())
              + ": "
              + describe(first)
              + more);
    }
    try {
      return MAPPER.treeToValue(root, AnalysisResults.class);
    } catch (JsonProcessingException e) {
      throw new ContractException(displayName + ": " + pointer(e) + ": " + e.getOriginalMessage());
    }
  }

  /**
   * The JSON pointer of the first number in {@code value} (results or one of their records) that is
   * not finite, or null. Such a number would be written as the string "NaN", which breaks the
   * schema: a writer checks first, so that it can say which model or table it came from.
   */
  public static String firstNonFinite(Object value) {
    return firstNonFinite(MAPPER.valueToTree(value), "");
  }

  /**
   * The pointer of the first number that a double cannot hold: the parser reads "1e400" as
   * infinity, which the schema's "number" accepts, and the report would show it as a dash.
   */
  private static String firstNonFinite(JsonNode node, String at) {
    if (node.isNumber()) {
      return Double.isFinite(node.doubleValue()) ? null : at.isEmpty() ? "/" : at;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String found = firstNonFinite(e.getValue(), at + "/" + escape(e.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = firstNonFinite(node.get(i), at + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Where a binding error happened, as a JSON pointer ("/" when it cannot be told). */
  private static String pointer(JsonProcessingException e) {
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference r : ((JsonMappingException) e).getPath()) {
        sb.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : r.getIndex());
      }
      return sb.toString();
    }
    if (e.getProcessor() instanceof JsonParser) {
      String p = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
      return p.isEmpty() ? "/" : p;
    }
    return "/";
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** The JSON pointer (RFC 6901) of a place in the file; "/" for the whole file. */
  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object e = path.getElement(i);
      sb.append('/').append(escape(String.valueOf(e)));
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  /** The validator's message without the location it starts with (the pointer says that). */
  private static String describe(Error error) {
    String message = error.getMessage();
    String location = error.getInstanceLocation().toString();
    if (message.startsWith(location + ": ")) {
      message = message.substring(location.length() + 2);
    } else if (message.startsWith(location + " ")) {
      message = message.substring(location.length() + 1);
    }
    return message;
  }
}
