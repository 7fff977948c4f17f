package org.policyreport.report.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyreport.contract.config.ConfigNode;
import org.policyreport.report.config.Text;

/**
 * One task of a recommendation, as a ministry would take it up: what is to be done, the lead
 * ministry, its partners, when, and whether it needs a change in law or a budget.
 *
 * @param timing "short", "medium-long", or a year or year range ("2027", "2027-2030")
 */
public record Task(
    Text task, Text lead, List<Text> partners, String timing, boolean law, boolean budget) {
  /** The named timings; a year or year range is the other choice. */
  public static final List<String> TIMINGS = List.of("short", "medium-long");

  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

  public Task {
    partners = List.copyOf(partners);
  }

  /** Reads one entry of a recommendation's {@code tasks:} list. */
  static Task of(ConfigNode n) {
    Text task = Text.of(n.get("task"));
    if (task == null) {
      throw n.error("a task needs 'task:' (what is to be done)");
    }
    Text lead = Text.of(n.get("lead"));
    if (lead == null) {
      throw n.error("a task needs 'lead:' (the lead ministry)");
    }
    List<Text> partners = new ArrayList<>();
    for (ConfigNode p : n.get("partners").elements()) {
      partners.add(Text.of(p));
    }
    String timing = n.requiredString("timing");
    if (!TIMINGS.contains(timing)) {
      Matcher m = YEARS.matcher(timing);
      if (!m.matches() || (m.group(2) != null && m.group(2).compareTo(m.group(1)) < 0)) {
        throw n.get("timing")
            .error(
                "must be "
                    + String.join(", ", TIMINGS)
                    + ", a year (2027) or a year range (2027-2030), not '"
                    + timing
                    + "'");
      }
    }
    return new Task(task, lead, partners, timing, n.bool("law", false), n.bool("budget", false));
  }
}
