package org.recensio.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * A rendered site for tests: its files, and its pages parsed as XML (the stylesheets write
 * HTML5 in XHTML syntax) and queried with XPath, the HTML namespace bound to {@code h}.
 */
final class HtmlPages {
  static final HtmlRenderer RENDERER = new HtmlRenderer();
  static final String FRAGMENTS = "/xslt/html/";

  private final Map<String, byte[]> site;
  private final Map<String, Document> parsed = new HashMap<>();
  private final JAXPXPathEngine xpath = new JAXPXPathEngine();

  HtmlPages(Map<String, byte[]> site) {
    this.site = site;
    xpath.setNamespaceContext(Map.of("h", "http://www.w3.org/1999/xhtml"));
  }

  /** The site of one test fragment, src/test/resources/xslt/html/{name}.tei.xml. */
  static HtmlPages ofFragment(String name) throws RenderException {
    return new HtmlPages(RENDERER.renderSite(List.of(document(name, FRAGMENTS + name + ".tei.xml"))));
  }

  static TeiDocument document(String baseName, String resource) {
    try (InputStream in = HtmlPages.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new TeiDocument(baseName, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, byte[]> files() {
    return site;
  }

  String text(String path) {
    byte[] bytes = site.get(path);
    assertNotNull(bytes, path + " is not in the site " + site.keySet());
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  Document page(String path) {
    return parsed.computeIfAbsent(path, p -> parse(site.get(p), p));
  }

  String string(String path, String expression) {
    return xpath.evaluate(expression, Input.fromNode(page(path)).build());
  }

  /** The string value with whitespace normalised. */
  String normalized(String path, String expression) {
    return string(path, "normalize-space(" + expression + ")");
  }

  int count(String path, String expression) {
    return (int) Double.parseDouble(string(path, "count(" + expression + ")"));
  }

  boolean exists(String path, String expression) {
    return count(path, expression) > 0;
  }

  List<Node> nodes(String path, String expression) {
    List<Node> out = new ArrayList<>();
    xpath.selectNodes(expression, Input.fromNode(page(path)).build()).forEach(out::add);
    return out;
  }

  /**
   * What a sighted reader sees of the first node matching {@code expression} in a view
   * ("reading" or "diplomatic"): the text without the other view's forms, the paragraph
   * margin and visually hidden labels, whitespace normalised.
   */
  String seen(String path, String expression, String view) {
    List<Node> found = nodes(path, expression);
    if (found.isEmpty()) {
      throw new AssertionError("nothing matches " + expression + " in " + path);
    }
    StringBuilder text = new StringBuilder();
    collect(found.get(0), view.equals("reading") ? "v-diplomatic" : "v-reading", text);
    return text.toString().replaceAll("\\s+", " ").trim();
  }

  private static void collect(Node node, String hidden, StringBuilder text) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      text.append(node.getNodeValue());
      return;
    }
    if (node.getNodeType() == Node.ELEMENT_NODE) {
      List<String> classes = List.of(((org.w3c.dom.Element) node).getAttribute("class").split("\\s+"));
      if (classes.contains(hidden) || classes.contains("visually-hidden") || classes.contains("margin")) {
        return;
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collect(child, hidden, text);
    }
  }

  private static Document parse(byte[] bytes, String path) {
    assertNotNull(bytes, path + " was not rendered");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes), path);
    } catch (Exception e) {
      throw new AssertionError(path + " is not well-formed XHTML: " + e.getMessage(), e);
    }
  }
}
