package org.recensio.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text of an edition to render: the base name its files share ({@code <baseName>.html},
 * {@code <baseName>.tei.xml}, {@code <baseName>.pdf}) and its TEI as bytes.
 *
 * @param baseName a file name without extension: ASCII letters, digits, '.', '_' and '-',
 *     starting with a letter or digit
 * @param tei the TEI document (the array is copied in and out)
 */
public record TeiDocument(String baseName, byte[] tei) {
  private static final Pattern BASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  public TeiDocument {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(tei, "tei");
    if (!BASE_NAME.matcher(baseName).matches() || baseName.endsWith(".")) {
      throw new IllegalArgumentException("base name '" + baseName
          + "' is not a plain file name (letters, digits, '.', '_', '-')");
    }
    tei = tei.clone();
  }

  @Override
  public byte[] tei() {
    return tei.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TeiDocument that && baseName.equals(that.baseName)
        && java.util.Arrays.equals(tei, that.tei);
  }

  @Override
  public int hashCode() {
    return 31 * baseName.hashCode() + java.util.Arrays.hashCode(tei);
  }

  @Override
  public String toString() {
    return "TeiDocument[" + baseName + ", " + tei.length + " bytes]";
  }
}
