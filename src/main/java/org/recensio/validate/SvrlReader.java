package org.recensio.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.recensio.diag.Messages;
import org.recensio.diag.Severity;

/**
 * Reads SVRL: each failed-assert and successful-report becomes an issue, located at the line
 * and column of the TEI node its {@code @location} path names. An assertion whose {@code @id}
 * is a VAL code takes its message arguments from its diagnostic references; any other is VAL004.
 */
final class SvrlReader {
  static final String GENERIC = "VAL004";
  private static final Pattern OWN_CODE = Pattern.compile("VAL\\d{3}");
  private static final XPathExecutable FINDINGS = xpath("//(svrl:failed-assert | svrl:successful-report)");
  private static final XPathExecutable TEXT = xpath("normalize-space(svrl:text)");
  private static final XPathExecutable ARGS = xpath("svrl:diagnostic-reference ! normalize-space(.)");

  private SvrlReader() {}

  static List<ValidationIssue> read(XdmNode svrl, XdmNode tei, String systemId) {
    return all(FINDINGS, svrl).stream().map(f -> issue((XdmNode) f, tei, systemId)).toList();
  }

  private static ValidationIssue issue(XdmNode finding, XdmNode tei, String systemId) {
    XdmNode at = locate(tei, finding.attribute("location"));
    String id = finding.attribute("id");
    boolean own = id != null && OWN_CODE.matcher(id).matches() && Messages.isKnown(id);
    List<String> args = own ? strings(ARGS, finding) : strings(TEXT, finding);
    return new ValidationIssue(own ? id : GENERIC, severity(finding.attribute("role")), args,
        systemId, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
  }

  /** SVRL roles: warning/warn/nonfatal and info/information are not errors; anything else is. */
  static Severity severity(String role) {
    String r = role == null ? "" : role.toLowerCase(Locale.ROOT);
    return switch (r) {
      case "warning", "warn", "nonfatal" -> Severity.WARNING;
      case "info", "information" -> Severity.INFO;
      default -> Severity.ERROR;
    };
  }

  /** The element a location path names (an attribute's parent element); null if it names none. */
  private static XdmNode locate(XdmNode tei, String location) {
    if (location == null) {
      return null;
    }
    try {
      XdmItem item = Saxon.PROCESSOR.newXPathCompiler().evaluateSingle(location, tei);
      XdmNode node = item instanceof XdmNode n ? n : null;
      return node != null && node.getNodeKind() != XdmNodeKind.ELEMENT ? node.getParent() : node;
    } catch (SaxonApiException e) {
      return null;
    }
  }

  private static List<String> strings(XPathExecutable path, XdmNode context) {
    return all(path, context).stream().map(XdmItem::getStringValue).toList();
  }

  private static List<XdmItem> all(XPathExecutable path, XdmNode context) {
    try {
      XPathSelector selector = path.load();
      selector.setContextItem(context);
      return selector.evaluate().stream().map(XdmItem.class::cast).toList();
    } catch (SaxonApiException e) {
      throw new IllegalStateException("cannot read SVRL", e);
    }
  }

  private static XPathExecutable xpath(String expression) {
    XPathCompiler compiler = Saxon.PROCESSOR.newXPathCompiler();
    compiler.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
    try {
      return compiler.compile(expression);
    } catch (SaxonApiException e) {
      throw new IllegalStateException(expression, e);
    }
  }
}
