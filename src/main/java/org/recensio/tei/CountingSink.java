package org.recensio.tei;

import java.util.Map;
import java.util.TreeMap;

/** Counts the elements written, by name, and writes nothing. */
final class CountingSink implements XmlSink {
  private final Map<String, Integer> counts = new TreeMap<>();

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

  @Override
  public void attr(String name, String value) {}

  @Override
  public void xmlAttr(String local, String value) {}

  @Override
  public void text(String text) {}

  @Override
  public void end() {}

  @Override
  public void newline(int depth) {}
}
