package org.recensio.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.xml.sax.SAXException;

/**
 * Builds the one FopFactory of a {@link PdfRenderer} from {@code fop.xconf} beside this class:
 * fonts embedded from the classpath, strict FO and configuration validation, no font cache.
 * Checks first that every configured font and the English hyphenation patterns are on the
 * classpath, and says which Maven artifact provides them when they are not.
 */
final class FopSetup {
  static final String CONFIG = "fop.xconf";
  static final String HYPHENATION = "/hyph/en.hyp";
  private static final Pattern EMBED_URL = Pattern.compile("embed-url=\"(classpath:[^\"]+)\"");

  private FopSetup() {}

  /**
   * @throws IllegalStateException when the configuration, a font or the hyphenation patterns
   *     are missing or unreadable: a broken installation, not a problem of the input
   */
  static FopFactory create() {
    byte[] config = readConfig();
    checkResources(config);
    try (InputStream in = new java.io.ByteArrayInputStream(config)) {
      FopConfParser parser = new FopConfParser(in, URI.create(ClasspathResources.SCHEME + ":/"),
          new ClasspathResources());
      FopFactoryBuilder builder = parser.getFopFactoryBuilder()
          .setStrictFOValidation(true)
          .setStrictUserConfigValidation(true);
      return builder.build();
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("cannot read the FOP configuration " + CONFIG + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readConfig() {
    try (InputStream in = FopSetup.class.getResourceAsStream(CONFIG)) {
      if (in == null) {
        throw new IllegalStateException("FOP configuration " + CONFIG + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the FOP configuration " + CONFIG, e);
    }
  }

  private static void checkResources(byte[] config) {
    List<String> missing = new ArrayList<>();
    Matcher m = EMBED_URL.matcher(new String(config, java.nio.charset.StandardCharsets.UTF_8));
    while (m.find()) {
      if (!exists(m.group(1))) {
        missing.add(m.group(1) + " (font; Maven artifact net.sf.jasperreports:jasperreports-fonts)");
      }
    }
    if (FopSetup.class.getResource(HYPHENATION) == null) {
      missing.add("classpath:" + HYPHENATION + " (English hyphenation patterns; Maven artifact net.sf.offo:fop-hyph)");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("the PDF renderer is missing resources:\n  " + String.join("\n  ", missing));
    }
  }

  private static boolean exists(String uri) {
    try (InputStream in = ClasspathResources.open(URI.create(uri))) {
      return in != null;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
