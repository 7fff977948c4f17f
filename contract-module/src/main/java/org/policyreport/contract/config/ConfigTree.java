package org.policyreport.contract.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.policyreport.contract.InputException;
import org.policyreport.contract.JsonPosition;

/**
 * Reads a config file into a strict {@link ConfigNode} tree. Both modules read their own keys from
 * the same tree, so that one check afterwards ({@link ConfigNode#rejectUnknownKeys}) covers every
 * key of the file.
 */
public final class ConfigTree {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ConfigTree() {}

  /**
   * Parses YAML (or JSON, which YAML contains) text into a tree, naming line and column on error.
   */
  public static ConfigNode parse(byte[] text, String file) {
    try {
      String yaml = decode(text, file);
      Map<String, int[]> locations = YamlStructure.scan(yaml, file);
      JsonNode node = YAML.readTree(yaml);
      if (node == null || !node.isObject()) {
        throw new InputException(
            file + ": the config must be a mapping of keys (report, data, models, ...)");
      }
      return new ConfigNode(node, file, "", new KeyUse(file, locations));
    } catch (JsonProcessingException e) {
      String where = JsonPosition.of(e);
      String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      throw new InputException(file + where + ": not valid YAML or JSON (" + msg + ")");
    } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
      String where =
          e.getProblemMark() == null
              ? ""
              : " line "
                  + (e.getProblemMark().getLine() + 1)
                  + ", column "
                  + (e.getProblemMark().getColumn() + 1);
      throw new InputException(file + where + ": not valid YAML or JSON (" + e.getProblem() + ")");
    } catch (org.yaml.snakeyaml.error.YAMLException e) {
      throw new InputException(file + ": not valid YAML or JSON (" + e.getMessage() + ")");
    }
  }

  /**
   * The text of a config file, decoded strictly: a byte that is not UTF-8 (a Latin-1 "é" saved by
   * an old editor) would otherwise become U+FFFD in a title and surface only as a missing glyph.
   */
  static String decode(byte[] bytes, String file) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never gives more characters than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      String before = out.flip().toString();
      int lineStart = before.lastIndexOf('\n') + 1;
      long line = before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.codePointCount(lineStart, before.length()) + 1;
      throw new InputException(
          file
              + " line "
              + line
              + ", column "
              + column
              + ": not UTF-8 text (byte 0x"
              + String.format("%02X", bytes[in.position()] & 0xFF)
              + "); save the file as UTF-8");
    }
    return out.flip().toString();
  }
}
