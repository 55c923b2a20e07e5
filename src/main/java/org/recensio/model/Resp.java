package org.recensio.model;

import java.util.Objects;

/**
 * Who took a decision: the builder's heuristic ({@link #BUILDER}) or an editor named in the
 * edition's configuration. Written to the TEI as {@code @resp="#id"}.
 */
public record Resp(String id) {
  public static final Resp BUILDER = new Resp("recensio");

  public Resp {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Za-z_][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("not an xml:id: " + id);
    }
  }

  public String pointer() {
    return "#" + id;
  }

  public boolean isEditor() {
    return !equals(BUILDER);
  }
}
