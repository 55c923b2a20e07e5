package org.recensio.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import org.recensio.config.EditionConfig;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.ingest.Decoder;
import org.recensio.model.Block;
import org.recensio.model.EmbeddedDocument;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceLine;
import org.recensio.model.SourceText;
import org.recensio.model.Transcript;
import org.recensio.structure.StructureReader;

/**
 * Makes large transcripts out of a small seed, for the benchmark. The seed is cut along its own
 * structure (as the structure stage reads it) into front matter, body blocks and notes section.
 * A shuffled corpus keeps the front matter at the top and the notes at the end and fills the
 * middle with the body blocks, shuffled again in every round, until it reaches the target size.
 * A single-paragraph corpus is the body text run together into one paragraph. The output
 * depends only on the seed and the random seed.
 */
public final class CorpusGenerator {
  /** The column the single-paragraph corpus is wrapped at. */
  static final int WRAP = 80;
  /** Words that must not start a wrapped line: they would open a note or a numbered unit. */
  private static final Pattern LINE_OPENER = Pattern.compile("\\[\\d{1,3}[a-z]?\\].*|\\d{1,3}\\.");

  private final byte[] front;
  private final List<byte[]> body;
  private final byte[] notes;
  private final List<String> bodyText;

  /** The shapes of the single-paragraph corpus. */
  public enum Shape {
    /** Hard-wrapped at {@link #WRAP} columns, no blank lines between the lines. */
    WRAPPED,
    /** All on one line. */
    ONE_LINE
  }

  CorpusGenerator(byte[] front, List<byte[]> body, byte[] notes, List<String> bodyText) {
    this.front = front.clone();
    this.body = body.stream().map(byte[]::clone).toList();
    this.notes = notes.clone();
    this.bodyText = List.copyOf(bodyText);
    if (this.body.isEmpty() || this.bodyText.isEmpty()) {
      throw new IllegalArgumentException("the seed has no body paragraphs");
    }
  }

  /** Cuts a seed transcript ({@code name} for its spans, {@code seed} its bytes) into its parts. */
  public static CorpusGenerator of(String name, byte[] seed) throws InputException {
    SourceText text = new Decoder().decode(name, seed, new DiagnosticSink());
    Transcript t = new StructureReader().read(text, EditionConfig.defaults(), new DiagnosticSink());
    List<Block> blocks = t.body();
    int lineCount = text.lines().size();
    int notesStart = t.notes().isEmpty() ? lineCount + 1
        : t.notes().get(0).paragraphs().get(0).text().firstLine();
    List<byte[]> chunks = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int to = i + 1 < blocks.size() ? firstLine(blocks.get(i + 1)) : notesStart;
      chunks.add(lines(text, firstLine(blocks.get(i)), to));
    }
    int bodyStart = blocks.isEmpty() ? notesStart : firstLine(blocks.get(0));
    List<String> bodyText = t.bodyParagraphs().map(p -> p.text().text().replace('\n', ' ')).toList();
    return new CorpusGenerator(lines(text, 1, bodyStart), chunks, lines(text, notesStart, lineCount + 1), bodyText);
  }

  /** The seed's body blocks as they appear in the seed (lines and the blank lines after them). */
  public List<String> bodyBlocks() {
    return body.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
  }

  public String frontMatter() {
    return new String(front, StandardCharsets.UTF_8);
  }

  public String notesSection() {
    return new String(notes, StandardCharsets.UTF_8);
  }

  /**
   * Front matter, then the body blocks shuffled with {@code seed}, reshuffled for every pass, until
   * the whole (notes included) holds at least {@code targetBytes} bytes of UTF-8; then the notes.
   */
  public byte[] shuffled(long targetBytes, long seed) {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(capacity(targetBytes));
    out.writeBytes(front);
    List<byte[]> order = new ArrayList<>(body);
    do {
      Collections.shuffle(order, random);
      for (byte[] block : order) {
        if (out.size() + notes.length >= targetBytes && out.size() > front.length) {
          break;
        }
        out.writeBytes(block);
      }
    } while (out.size() + notes.length < targetBytes);
    out.writeBytes(notes);
    return out.toByteArray();
  }

  /**
   * One paragraph of at least {@code targetBytes} bytes: the body paragraphs in shuffled order,
   * run together, wrapped or on one line. No wrapped line opens with a note label or a unit
   * number, so that nothing but a blank line could end the paragraph.
   */
  public byte[] singleParagraph(long targetBytes, long seed, Shape shape) {
    Objects.requireNonNull(shape, "shape");
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(capacity(targetBytes));
    StringBuilder line = new StringBuilder(2 * WRAP);
    List<String> order = new ArrayList<>(bodyText);
    boolean first = true;
    while (out.size() + line.length() < targetBytes) {
      Collections.shuffle(order, random);
      for (String paragraph : order) {
        for (String word : paragraph.split(" +")) {
          if (shape == Shape.WRAPPED && breaksBefore(line, word)) {
            flush(out, line.append('\n'));
          } else if (!first) {
            line.append(' ');
          }
          line.append(word);
          first = false;
          if (shape == Shape.ONE_LINE && line.length() >= WRAP) {
            flush(out, line);
          }
        }
        if (out.size() + line.length() >= targetBytes) {
          break;
        }
      }
    }
    flush(out, line.append('\n'));
    return out.toByteArray();
  }

  private static void flush(ByteArrayOutputStream out, StringBuilder line) {
    out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    line.setLength(0);
  }

  private static boolean breaksBefore(CharSequence line, String word) {
    return line.length() > 0 && line.length() + 1 + word.length() > WRAP && !LINE_OPENER.matcher(word).matches();
  }

  private static int capacity(long targetBytes) {
    if (targetBytes < 0 || targetBytes > Decoder.MAX_SUPPORTED_BYTES - (1 << 20)) {
      throw new IllegalArgumentException("target size out of range: " + targetBytes);
    }
    return (int) targetBytes + (1 << 16);
  }

  private static int firstLine(Block b) {
    if (b instanceof Paragraph p) {
      return p.text().firstLine();
    }
    return ((EmbeddedDocument) b).paragraphs().findFirst().orElseThrow().text().firstLine();
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive) of the text, each ended by LF. */
  private static byte[] lines(SourceText text, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (SourceLine l : text.lines().subList(from - 1, to - 1)) {
      sb.append(l.text()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
