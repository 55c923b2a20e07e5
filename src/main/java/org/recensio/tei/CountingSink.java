package org.recensio.tei;

import java.util.Map;
import java.util.TreeMap;

/** Counts the elements written, by name, and writes nothing. */
final class CountingSink implements XmlSink {
  private final Map<String, Integer> counts = new TreeMap<>();
  private final java.util.Set<String> resps = new java.util.TreeSet<>();

  Map<String, Integer> counts() {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  @Override
  public void start(String name) {
    counts.merge(name, 1, Integer::sum);
  }

  @Override
  public void empty(String name) {
    start(name);
  }

  /** The @resp pointers written ("#recensio", "#ed"). */
  java.util.Set<String> resps() {
    return java.util.Collections.unmodifiableSet(resps);
  }

  @Override
  public void attr(String name, String value) {
    if (name.equals("resp")) {
      resps.add(value);
    }
  }

  @Override
  public void xmlAttr(String local, String value) {}

  @Override
  public void text(String text) {
    XmlChars.text(this, text, run -> { });
  }

  @Override
  public void end() {}

  @Override
  public void newline(int depth) {}
}
