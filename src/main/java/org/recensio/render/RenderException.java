package org.recensio.render;

import java.util.Objects;

/**
 * A document that could not be rendered: malformed XML, input that is not TEI, or an error
 * raised by a stylesheet. Says where, in compiler style:
 * {@code speech.tei.xml:12:7: error EXP002: no TEI text element ...}.
 */
public final class RenderException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String systemId;
  private final int line;
  private final int column;
  private final String code;
  private final String detail;

  /**
   * @param systemId the file (input or stylesheet) the problem is in, or null if unknown
   * @param line 1-based line, or -1 if unknown
   * @param column 1-based column, or -1 if unknown
   * @param code a stable error code (e.g. {@code EXP002}, {@code err:XTDE0640}), or null
   * @param detail what went wrong
   */
  public RenderException(String systemId, int line, int column, String code, String detail,
      Throwable cause) {
    super(format(systemId, line, column, code, detail), cause);
    this.systemId = systemId;
    this.line = line;
    this.column = column;
    this.code = code;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  public String systemId() {
    return systemId;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The error code, or null when the problem has none (e.g. an XML syntax error). */
  public String code() {
    return code;
  }

  public String detail() {
    return detail;
  }

  private static String format(String systemId, int line, int column, String code, String detail) {
    StringBuilder s = new StringBuilder(systemId == null ? "<unknown>" : systemId);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": error ");
    if (code != null) {
      s.append(code).append(": ");
    }
    return s.append(detail).toString();
  }
}
