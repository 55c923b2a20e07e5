package org.recensio.render;

/** Which text of the edition a renderer gives. */
public enum View {
  /** The source as transmitted: sic, orig, weak hyphens kept; editorial additions left out. */
  DIPLOMATIC("diplomatic"),
  /** The edited text: corrections and regularisations, hyphenated words joined, gaps marked. */
  READING("reading");

  private final String token;

  View(String token) {
    this.token = token;
  }

  /** The value of the stylesheets' {@code $view} parameter for this view. */
  public String token() {
    return token;
  }
}
