package org.recensio.render;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XmlProcessingError;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.recensio.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * Compiles stylesheets from the classpath folder {@code xslt/}. A stylesheet's base URI is
 * {@code classpath:/xslt/...}, so xsl:include and xsl:import resolve relative to it and are
 * read from the classpath too; nothing outside {@code xslt/} is ever loaded. Every stylesheet
 * is parsed with the hardened reader (no DTD, no external entity).
 */
final class ClasspathStylesheets implements ResourceResolver {
  static final String SCHEME = "classpath";
  private static final String ROOT = "/xslt/";

  private ClasspathStylesheets() {}

  /**
   * Compiles the stylesheet at {@code resource} (e.g. {@code /xslt/export/export-text.xsl}).
   *
   * @throws IllegalStateException listing every static error with file:line:col, since a
   *     stylesheet that does not compile is a bug in Recensio, not a problem in the input
   */
  static XsltExecutable compile(Processor processor, String resource) {
    XsltCompiler compiler = processor.newXsltCompiler();
    ClasspathStylesheets resolver = new ClasspathStylesheets();
    compiler.setResourceResolver(resolver);
    List<XmlProcessingError> errors = new ArrayList<>();
    compiler.setErrorList(errors);
    try {
      return compiler.compile(resolver.open(SCHEME + ":" + resource));
    } catch (SaxonApiException | XPathException e) {
      throw new IllegalStateException(describe(resource, errors, e), e);
    }
  }

  @Override
  public Source resolve(ResourceRequest request) throws XPathException {
    return open(absolute(request));
  }

  private static String absolute(ResourceRequest request) throws XPathException {
    if (request.relativeUri == null || request.baseUri == null) {
      return request.uri;
    }
    try {
      return new URI(request.baseUri).resolve(request.relativeUri).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new XPathException("bad stylesheet URI " + request.relativeUri + ": " + e.getMessage());
    }
  }

  private Source open(String uri) throws XPathException {
    String path = uri.startsWith(SCHEME + ":") ? uri.substring(SCHEME.length() + 1) : null;
    if (path == null || !path.startsWith(ROOT) || path.contains("/../")) {
      throw new XPathException("stylesheet " + uri + " is not in the classpath folder xslt/");
    }
    InputStream in = ClasspathStylesheets.class.getResourceAsStream(path);
    if (in == null) {
      throw new XPathException("stylesheet " + uri + " not found on the classpath");
    }
    InputSource input = new InputSource(in);
    input.setSystemId(uri);
    SAXSource source = new SAXSource(SecureXml.xmlReader(), input);
    source.setSystemId(uri);
    return source;
  }

  private static String describe(String resource, List<XmlProcessingError> errors, Exception e) {
    if (errors.isEmpty()) {
      return "cannot compile " + SCHEME + ":" + resource + ": " + e.getMessage();
    }
    return "cannot compile " + SCHEME + ":" + resource + ":\n" + errors.stream()
        .filter(error -> !error.isWarning())
        .map(ClasspathStylesheets::format)
        .collect(Collectors.joining("\n"));
  }

  private static String format(XmlProcessingError error) {
    Location at = error.getLocation();
    String code = error.getErrorCode() == null ? "" : error.getErrorCode().getLocalName() + ": ";
    return (at == null ? "" : at.getSystemId() + ":" + at.getLineNumber() + ":" + at.getColumnNumber())
        + ": error " + code + error.getMessage();
  }
}
