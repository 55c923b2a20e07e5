package org.recensio.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.ingest.Decoder;
import org.recensio.model.Block;
import org.recensio.model.Paragraph;
import org.recensio.pipeline.Pipeline;
import org.recensio.tei.BuildInfo;

/** The bench's corpora: reproducible, big enough, and made of nothing but the seed. */
class CorpusGeneratorTest {
  private static final Path SEED = Path.of("seeds", "lenin-1920-12-30-trade-unions.txt");
  private static final long TARGET = 300_000;
  private static CorpusGenerator generator;

  @BeforeAll
  static void cutTheSeed() throws Exception {
    generator = CorpusGenerator.of(SEED.getFileName().toString(), Files.readAllBytes(SEED));
  }

  @Test
  void theSameRandomSeedGivesTheSameBytes() {
    assertArrayEquals(generator.shuffled(TARGET, 7), generator.shuffled(TARGET, 7));
    assertArrayEquals(generator.singleParagraph(TARGET, 7, CorpusGenerator.Shape.WRAPPED),
        generator.singleParagraph(TARGET, 7, CorpusGenerator.Shape.WRAPPED));
  }

  @Test
  void anotherRandomSeedGivesAnotherOrder() {
    assertFalse(Arrays.equals(generator.shuffled(TARGET, 7), generator.shuffled(TARGET, 8)));
  }

  @Test
  void everyCorpusReachesItsTargetSize() {
    for (long target : List.of(1L, 50_000L, TARGET, 1_000_000L)) {
      assertTrue(generator.shuffled(target, 1).length >= target, "shuffled " + target);
      for (CorpusGenerator.Shape shape : CorpusGenerator.Shape.values()) {
        assertTrue(generator.singleParagraph(target, 1, shape).length >= target, shape + " " + target);
      }
    }
  }

  @Test
  void theSeedIsCutIntoFrontBodyAndNotes() throws Exception {
    String seed = Files.readString(SEED);
    seed = seed.endsWith("\n") ? seed : seed + "\n";
    String whole = generator.frontMatter() + String.join("", generator.bodyBlocks()) + generator.notesSection();
    assertEquals(seed, whole);
    assertTrue(generator.frontMatter().startsWith("V. I. Lenin"));
    assertTrue(generator.notesSection().startsWith("[1]"));
  }

  @Test
  void aShuffledCorpusHoldsOnlyTheSeedsBlocksBetweenItsFrontMatterAndNotes() {
    String corpus = new String(generator.shuffled(TARGET, 3), StandardCharsets.UTF_8);
    assertTrue(corpus.startsWith(generator.frontMatter()));
    assertTrue(corpus.endsWith(generator.notesSection()));
    String body = corpus.substring(generator.frontMatter().length(), corpus.length() - generator.notesSection().length());
    Map<String, Integer> uses = new HashMap<>();
    int pos = 0;
    while (pos < body.length()) {
      int at = pos;
      String block = generator.bodyBlocks().stream().filter(b -> body.startsWith(b, at))
          .max((a, b) -> Integer.compare(a.length(), b.length()))
          .orElseThrow(() -> new AssertionError("not a block of the seed at offset " + at));
      uses.merge(block, 1, Integer::sum);
      pos += block.length();
    }
    int least = uses.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    int most = uses.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertEquals(generator.bodyBlocks().size(), uses.size(), "every block is used");
    assertTrue(most - least <= 1, "each pass shuffles all the blocks once");
  }

  @Test
  void aWrappedSingleParagraphHasNoBlankLineAndOnlyTheSeedsWords() throws Exception {
    String text = new String(generator.singleParagraph(TARGET, 5, CorpusGenerator.Shape.WRAPPED), StandardCharsets.UTF_8);
    String seed = Files.readString(SEED);
    assertFalse(text.contains("\n\n"));
    assertTrue(text.endsWith("\n"));
    for (String word : text.split("\\s+")) {
      assertTrue(seed.contains(word), word);
    }
  }

  @Test
  void aOneLineSingleParagraphIsOneLine() {
    String text = new String(generator.singleParagraph(TARGET, 5, CorpusGenerator.Shape.ONE_LINE), StandardCharsets.UTF_8);
    assertEquals(text.length() - 1, text.indexOf('\n'));
  }

  @Test
  void theStructureStageReadsASingleParagraphAsOne() throws Exception {
    for (CorpusGenerator.Shape shape : CorpusGenerator.Shape.values()) {
      byte[] data = generator.singleParagraph(TARGET, 9, shape);
      DiagnosticSink sink = new DiagnosticSink();
      Pipeline.Result r = new Pipeline(EditionConfig.defaults(), new BuildInfo("test", Optional.empty()))
          .run(new Decoder().decode("one.txt", data, sink), sink);
      List<Block> body = r.transcript().body();
      assertEquals(1, body.size(), shape.toString());
      assertTrue(body.get(0) instanceof Paragraph, shape.toString());
      assertEquals(0, r.transcript().front().paragraphs().count(), shape.toString());
    }
  }
}
