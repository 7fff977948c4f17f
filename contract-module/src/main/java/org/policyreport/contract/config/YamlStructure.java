package org.policyreport.contract.config;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.policyreport.contract.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * One pass over the YAML events before the config is read as a tree: records the line and column of
 * every key (by its key path, e.g. {@code models[0].vce}) and rejects what the tree would get wrong
 * without a word: a key given twice (the tree keeps the last), an anchor or alias (the tree reads
 * {@code *t} as the text "t") and a tag. The tree itself is still read by Jackson, so values keep
 * their types exactly as before.
 */
final class YamlStructure {
  private YamlStructure() {}

  /**
   * Key path → {line, column} (1-based) of every key; throws on duplicates, anchors, aliases, tags.
   */
  static Map<String, int[]> scan(String text, String file) {
    Map<String, int[]> locations = new HashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    ParserImpl parser =
        new ParserImpl(new StreamReader(new StringReader(text)), new LoaderOptions());
    while (parser.peekEvent() != null) {
      Event e = parser.getEvent();
      if (e.is(Event.ID.StreamEnd)) {
        break;
      }
      if (e instanceof AliasEvent) {
        throw new InputException(
            where(file, e.getStartMark())
                + ": alias '*"
                + ((AliasEvent) e).getAnchor()
                + "' is not supported (write the value out; anchors and aliases are not read)");
      }
      if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor() != null) {
        throw new InputException(
            where(file, e.getStartMark())
                + ": anchor '&"
                + ((NodeEvent) e).getAnchor()
                + "' is not supported (anchors and aliases are not read)");
      }
      String tag =
          e instanceof ScalarEvent
              ? explicitTag((ScalarEvent) e)
              : e instanceof CollectionStartEvent && !((CollectionStartEvent) e).getImplicit()
                  ? ((CollectionStartEvent) e).getTag()
                  : null;
      if (tag != null) {
        throw new InputException(
            where(file, e.getStartMark())
                + ": tag '"
                + tag
                + "' is not supported (write the plain value)");
      }
      Frame top = stack.peek();
      if (e instanceof ScalarEvent && top != null && top.mapping && top.expectKey) {
        String key = ((ScalarEvent) e).getValue();
        String path = top.path.isEmpty() ? key : top.path + "." + key;
        Mark m = e.getStartMark();
        Integer first = top.keys.putIfAbsent(key, m.getLine() + 1);
        if (first != null) {
          throw new InputException(
              where(file, m)
                  + ": key '"
                  + path
                  + "' appears twice (first on line "
                  + first
                  + "); give each key once");
        }
        locations.putIfAbsent(path, new int[] {m.getLine() + 1, m.getColumn() + 1});
        top.pendingKey = key;
        top.expectKey = false;
      } else if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
        stack.push(new Frame(childPath(top), e instanceof MappingStartEvent));
      } else if (e.is(Event.ID.MappingEnd) || e.is(Event.ID.SequenceEnd)) {
        stack.pop();
        valueDone(stack.peek());
      } else if (e instanceof ScalarEvent) {
        valueDone(top);
      }
    }
    return locations;
  }

  private static String explicitTag(ScalarEvent e) {
    // A plain or quoted scalar without a tag has implicit resolution; "!!str 2018" does not.
    return e.getTag() != null
            && !e.getImplicit().canOmitTagInPlainScalar()
            && !e.getImplicit().canOmitTagInNonPlainScalar()
        ? e.getTag()
        : null;
  }

  /** The path of the value about to start, from the frame it starts in. */
  private static String childPath(Frame f) {
    if (f == null) {
      return "";
    }
    if (!f.mapping) {
      return f.path + "[" + f.index + "]";
    }
    return f.path.isEmpty() ? f.pendingKey : f.path + "." + f.pendingKey;
  }

  /** A value of {@code f} is complete: a mapping expects its next key, a list its next index. */
  private static void valueDone(Frame f) {
    if (f == null) {
      return;
    }
    if (f.mapping) {
      f.expectKey = true;
    } else {
      f.index++;
    }
  }

  private static String where(String file, Mark at) {
    return file + " line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1);
  }

  private static final class Frame {
    final String path;
    final boolean mapping;
    final Map<String, Integer> keys = new HashMap<>();
    boolean expectKey = true;
    String pendingKey;
    int index;

    Frame(String path, boolean mapping) {
      this.path = path;
      this.mapping = mapping;
    }
  }
}
