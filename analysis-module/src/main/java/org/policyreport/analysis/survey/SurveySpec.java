package org.policyreport.analysis.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyreport.contract.config.ConfigNode;

/**
 * One entry under {@code surveys:}: which data source holds the answers, the respondent id column,
 * the grouping columns, the rating scale and the policy items.
 */
public record SurveySpec(
    String id,
    String data,
    String idColumn,
    List<String> groupBy,
    int scaleMin,
    int scaleMax,
    List<SurveyItemSpec> items,
    ConfigNode node) {

  public SurveySpec {
    groupBy = List.copyOf(groupBy);
    items = List.copyOf(items);
  }

  /** Parses every entry of {@code surveys:}, checking what can be checked without the data. */
  public static List<SurveySpec> parseAll(List<ConfigNode> nodes, Set<String> dataSources) {
    List<SurveySpec> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ConfigNode node : nodes) {
      SurveySpec spec = parse(node, dataSources);
      if (!ids.add(spec.id())) {
        throw node.get("id")
            .error("'" + spec.id() + "' is used by another survey (ids must be unique)");
      }
      out.add(spec);
    }
    return out;
  }

  static SurveySpec parse(ConfigNode node, Set<String> dataSources) {
    String id = node.requiredString("id");
    String data = node.requiredString("data");
    if (!dataSources.contains(data)) {
      throw node.get("data")
          .error(
              "'"
                  + data
                  + "' is not a data source (defined: "
                  + String.join(", ", dataSources)
                  + ")");
    }
    String idColumn = node.string("idColumn", "respondent");
    List<String> groupBy = node.strings("groupBy");
    ConfigNode scale = node.get("scale");
    int min = scale.integer("min", 1);
    int max = scale.integer("max", 5);
    if (min >= max) {
      throw scale.error("min (" + min + ") must be below max (" + max + ")");
    }
    List<ConfigNode> itemNodes = node.get("items").elements();
    if (itemNodes.isEmpty()) {
      throw node.get("items").error("must list at least one item");
    }
    List<SurveyItemSpec> items = new ArrayList<>();
    Set<String> itemIds = new HashSet<>();
    Map<String, String> columnUse = new HashMap<>();
    for (ConfigNode item : itemNodes) {
      String itemId = item.requiredString("id");
      if (!itemIds.add(itemId)) {
        throw item.get("id").error("'" + itemId + "' is used by another item (ids must be unique)");
      }
      String importance = item.requiredString("importance");
      String performance = item.requiredString("performance");
      for (String key : List.of("importance", "performance")) {
        String column = item.requiredString(key);
        String previous = columnUse.put(column, item.path() + "." + key);
        if (previous != null) {
          throw item.get(key).error("names column '" + column + "', already used by " + previous);
        }
        if (column.equals(idColumn) || groupBy.contains(column)) {
          throw item.get(key)
              .error("names column '" + column + "', which is the id or a groupBy column");
        }
      }
      ConfigNode label = item.get("label");
      String en;
      String ko = null;
      if (label.isMissing()) {
        en = itemId;
      } else if (label.raw().isObject()) {
        for (String lang : label.fieldNames()) {
          if (!lang.equals("en") && !lang.equals("ko")) {
            throw label.get(lang).error("is not a label language (use en and ko)");
          }
        }
        ko = label.string("ko", null);
        en = label.string("en", ko == null ? itemId : ko);
      } else {
        en = label.asString();
      }
      items.add(new SurveyItemSpec(itemId, en, ko, importance, performance));
    }
    return new SurveySpec(id, data, idColumn, groupBy, min, max, items, node);
  }

  /**
   * The config node of item {@code j}'s {@code key} ("importance" or "performance"), for errors.
   */
  ConfigNode itemNode(int j, String key) {
    return node.get("items").elements().get(j).get(key);
  }
}
