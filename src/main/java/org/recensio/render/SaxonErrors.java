package org.recensio.render;

import javax.xml.transform.SourceLocator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.xml.sax.SAXParseException;

/** Turns Saxon's exceptions into {@link RenderException}s that say file:line:col. */
final class SaxonErrors {
  /** Namespace of the error codes declared in xslt/common/errors.xsl. */
  static final String RECENSIO_ERRORS = "urn:recensio:errors";

  private SaxonErrors() {}

  /** A failure to parse the input, located by the parser. */
  static RenderException parsing(Exception e, String inputName) {
    SAXParseException sax = find(e, SAXParseException.class);
    if (sax != null) {
      return new RenderException(inputName, sax.getLineNumber(), sax.getColumnNumber(), null,
          sax.getMessage(), e);
    }
    SourceLocator at = locator(e);
    return new RenderException(inputName, at == null ? -1 : at.getLineNumber(),
        at == null ? -1 : at.getColumnNumber(), null, e.getMessage(), e);
  }

  /**
   * A failure while transforming. Errors the stylesheets raise on purpose (our codes) concern
   * the input and point at its root element; any other error is located in the stylesheet.
   */
  static RenderException transforming(SaxonApiException e, XdmNode input, String inputName) {
    QName code = e.getErrorCode();
    if (code != null && RECENSIO_ERRORS.equals(code.getNamespace())) {
      XdmNode root = rootElement(input);
      return new RenderException(inputName, root.getLineNumber(), root.getColumnNumber(),
          code.getLocalName(), e.getMessage(), e);
    }
    SourceLocator at = locator(e);
    String systemId = at != null && at.getSystemId() != null
        && at.getSystemId().startsWith(ClasspathStylesheets.SCHEME + ":")
        ? at.getSystemId() : inputName;
    return new RenderException(systemId, at == null ? -1 : at.getLineNumber(),
        at == null ? -1 : at.getColumnNumber(), code == null ? null : code.toString(),
        e.getMessage(), e);
  }

  private static SourceLocator locator(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof javax.xml.transform.TransformerException te && te.getLocator() != null) {
        return te.getLocator();
      }
    }
    return null;
  }

  private static XdmNode rootElement(XdmNode node) {
    if (node.getNodeKind() != XdmNodeKind.DOCUMENT) {
      return node;
    }
    for (XdmNode child : node.children()) {
      if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
        return child;
      }
    }
    return node;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
