package org.recensio.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The wording of every diagnostic, keyed by code, read once from Messages.properties. */
public final class Messages {
  private static final Properties TEXTS = load();

  private Messages() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("Messages.properties")) {
      if (in == null) {
        throw new IllegalStateException("Messages.properties missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** True when a code has a message; tests use it to keep codes and wording in step. */
  public static boolean isKnown(String code) {
    return TEXTS.containsKey(code);
  }

  public static String format(String code, List<String> args) {
    String pattern = TEXTS.getProperty(code);
    if (pattern == null) {
      throw new IllegalArgumentException("no message for diagnostic code " + code);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
  }
}
