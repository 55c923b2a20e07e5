package org.recensio.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.ingest.Decoder;
import org.recensio.model.SourceText;
import org.recensio.model.Whitespace;
import org.recensio.pipeline.TranscriptArbitraries.Encoding;
import org.recensio.pipeline.TranscriptArbitraries.Eol;
import org.recensio.pipeline.TranscriptArbitraries.Generated;
import org.recensio.pipeline.TranscriptArbitraries.Mangled;
import org.recensio.pipeline.TranscriptArbitraries.Shape;
import org.recensio.render.TextExporter;
import org.recensio.render.View;
import org.recensio.tei.BuildInfo;
import org.recensio.testing.Tei;
import org.recensio.validate.TeiConformance;

/**
 * ENCODING.md §1 "Nothing is lost" and §4, as properties: for generated transcripts in every
 * layout, for damaged generated ones and for damaged copies of the seed and the corpus, the
 * diplomatic export equals the source once every whitespace character is removed; every TEI is
 * conformant (TEI All, its Schematron, our schema) with unique xml:ids; two runs give the same
 * bytes. Inputs the decoder rightly refuses (blank, binary, control bytes in windows-1252) must
 * be refused with the matching code, nothing else.
 */
class NothingIsLostProperties {
  private static final TextExporter EXPORTER = new TextExporter();
  private static final BuildInfo BUILD = new BuildInfo("0.0.0", Optional.empty());

  // ------------------------------------------------------------------ providers

  @Provide
  Arbitrary<Generated> generated() {
    return TranscriptArbitraries.transcripts();
  }

  @Provide
  Arbitrary<Mangled> mangledGenerated() {
    return TranscriptArbitraries.mangledGenerated();
  }

  @Provide
  Arbitrary<Mangled> mangledReal() {
    return TranscriptArbitraries.mangledReal();
  }

  /** Clean generated transcripts, damaged ones, damaged real ones. */
  @Provide
  Arbitrary<Mangled> anyInput() {
    Arbitrary<Mangled> clean = TranscriptArbitraries.transcripts().map(g -> new Mangled("generated", g.shape(), g.text(),
        List.of(), Eol.LF, Encoding.UTF8, Encoding.UTF8.encode(g.text())));
    return Arbitraries.frequencyOf(Tuple.of(2, clean), Tuple.of(2, TranscriptArbitraries.mangledGenerated()),
        Tuple.of(1, TranscriptArbitraries.mangledReal()));
  }

  // ------------------------------------------------------------------ properties

  @Property(tries = 200)
  void generatedTranscriptsLoseNothing(@ForAll("generated") Generated g) throws Exception {
    Statistics.label("layout").collect(g.shape().label());
    Statistics.label("size").collect(sizeClass(g.text().length()));
    Built built = build(g.text().getBytes(StandardCharsets.UTF_8), "generated.txt")
        .orElseThrow(() -> new AssertionError("a generated transcript was refused"));
    assertSameText(built.source(), built.exported());
    Statistics.label("detected layout").collect(g.shape().label() + " -> " + built.layout());
    Statistics.label("layout").coverage(c -> {
      for (Shape s : Shape.values()) {
        c.check(s.label()).percentage(p -> p >= 10);
      }
    });
  }

  @Property(tries = 200)
  void damagedGeneratedTranscriptsLoseNothing(@ForAll("mangledGenerated") Mangled m) throws Exception {
    Statistics.label("layout").collect(m.shape().label());
    Statistics.label("encoding").collect(m.encoding() + " " + m.eol());
    checkNothingIsLost(m);
  }

  @Property(tries = 40)
  void damagedRealTranscriptsLoseNothing(@ForAll("mangledReal") Mangled m) throws Exception {
    Statistics.label("origin").collect(m.origin());
    Statistics.label("encoding").collect(m.encoding() + " " + m.eol());
    checkNothingIsLost(m);
  }

  @Property(tries = 50)
  void everyTeiIsConformantWithUniqueIds(@ForAll("anyInput") Mangled m) throws Exception {
    Statistics.label("layout").collect(m.shape() == null ? "real" : m.shape().label());
    Statistics.label("damaged").collect(!m.damage().isEmpty());
    Optional<Built> built = buildOrRefuse(m);
    if (built.isEmpty()) {
      return;
    }
    byte[] tei = built.get().tei();
    TeiConformance.assertConformant(tei, "property.tei.xml");
    Map<String, Long> ids = Tei.parse(tei).strings("//@xml:id").stream()
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    List<String> duplicates = ids.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    assertTrue(duplicates.isEmpty(), "duplicate xml:ids " + duplicates);
  }

  @Property(tries = 40)
  void twoRunsAreByteIdentical(@ForAll("anyInput") Mangled m) throws Exception {
    Statistics.label("layout").collect(m.shape() == null ? "real" : m.shape().label());
    Optional<Built> first = buildOrRefuse(m);
    if (first.isEmpty()) {
      return;
    }
    Optional<Built> second = buildOrRefuse(m);
    assertArrayEquals(first.get().tei(), second.orElseThrow().tei(), "the second run differs");
  }

  // ------------------------------------------------------------------ the check

  /** What one build gave: the decoded source text, the TEI, its diplomatic export, the layout found. */
  record Built(String source, byte[] tei, String exported, String layout) {}

  private static void checkNothingIsLost(Mangled m) throws Exception {
    Optional<Built> built = buildOrRefuse(m);
    built.ifPresent(b -> Statistics.label("characters XML cannot hold")
        .collect(b.source().chars().anyMatch(c -> isControl(c) || c == 0xFFFE || c == 0xFFFF) ? "kept" : "none"));
    built.ifPresent(b -> assertSameText(b.source(), b.exported()));
  }

  /**
   * Builds the input; empty when the decoder refused it, which is allowed only for a blank text
   * (ING001), control characters (ING002 binary, ING003 not windows-1252).
   */
  private static Optional<Built> buildOrRefuse(Mangled m) throws Exception {
    try {
      Optional<Built> b = build(m.bytes(), "mangled.txt");
      Statistics.label("outcome").collect("built");
      return b;
    } catch (InputException e) {
      String code = e.diagnostic().code();
      Statistics.label("outcome").collect("refused " + code);
      boolean allowed = switch (code) {
        case "ING001" -> Whitespace.isBlank(m.text().replace("\uFEFF", ""));
        case "ING002" -> m.text().chars().anyMatch(NothingIsLostProperties::isControl);
        case "ING003" -> m.encoding() == Encoding.WINDOWS_1252 && m.text().chars().anyMatch(NothingIsLostProperties::isControl);
        default -> false;
      };
      if (!allowed) {
        fail("input refused without reason: " + e.getMessage());
      }
      return Optional.empty();
    }
  }

  private static Optional<Built> build(byte[] bytes, String name) throws Exception {
    SourceText text = new Decoder().decode(name, bytes, new DiagnosticSink());
    Pipeline.Result result = new Pipeline(EditionConfig.defaults(), BUILD).run(text, new DiagnosticSink());
    String exported = EXPORTER.export(result.tei(), name.replace(".txt", ".tei.xml"), View.DIPLOMATIC);
    String source = new String(bytes, Charset.forName(text.charset()));
    if (source.startsWith("\uFEFF")) {
      source = source.substring(1); // the byte-order mark is no part of the text
    }
    return Optional.of(new Built(source, result.tei(), exported, result.transcript().layout().kind().label()));
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
  }

  /** The nothing-is-lost comparison, reporting the first difference with its context. */
  static void assertSameText(String source, String exported) {
    String want = Whitespace.strip(source);
    String got = Whitespace.strip(exported);
    if (want.equals(got)) {
      return;
    }
    int i = 0;
    while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 60);
    assertEquals(TranscriptArbitraries.visible(want.substring(from, Math.min(want.length(), i + 60))),
        TranscriptArbitraries.visible(got.substring(from, Math.min(got.length(), i + 60))),
        "stripped export differs from stripped source at " + i + " (source " + want.length() + " chars, export "
            + got.length() + ")");
    fail("stripped export differs from stripped source beyond the context shown");
  }

  private static String sizeClass(int chars) {
    return chars < 1000 ? "< 1 k" : chars < 3000 ? "1-3 k" : chars < 6000 ? "3-6 k" : ">= 6 k";
  }
}
