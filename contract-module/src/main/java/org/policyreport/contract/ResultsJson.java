package org.policyreport.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Writes and reads results.json; reading checks the schema version first. */
public final class ResultsJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ResultsJson() {}

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

  public static AnalysisResults read(Path path) {
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
      throw new ContractException(
          displayName
              + " line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + ")");
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
    try {
      return MAPPER.treeToValue(root, AnalysisResults.class);
    } catch (JsonProcessingException e) {
      throw new ContractException(displayName + ": " + e.getOriginalMessage());
    }
  }
}
