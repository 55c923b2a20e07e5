package org.recensio.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.recensio.config.ConfigReader;
import org.recensio.config.EditionConfig;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.ingest.Decoder;
import org.recensio.model.SourceSpan;
import org.recensio.model.SourceText;
import org.recensio.report.BuildReport;
import org.recensio.report.ReportWriter;
import org.recensio.tei.BuildInfo;

/**
 * Builds the edition of one transcript file: reads its configuration, decodes it, runs the
 * {@link Pipeline}, checks the TEI, and writes the TEI and the JSON report atomically into the
 * output directory. Nothing is written when the input is bad.
 */
public final class EditionBuilder {
  public static final String TEI_SUFFIX = ".tei.xml";
  public static final String REPORT_SUFFIX = ".report.json";

  private final ConfigReader configs = new ConfigReader();
  private final ReportWriter reports = new ReportWriter();
  private final TeiCheck check;

  /** A check of generated TEI against the project's schema; returns the problems found. */
  @FunctionalInterface
  public interface TeiCheck {
    List<Diagnostic> check(String teiName, byte[] tei);
  }

  public EditionBuilder(TeiCheck check) {
    this.check = check;
  }

  /** What was built for one text: the files written, the TEI's bytes, the report. */
  public record Outcome(Path tei, Path reportFile, byte[] teiBytes, BuildReport report, List<Diagnostic> diagnostics,
      EditionConfig config) {}

  /** The transcripts named by the arguments: files as given, directories' *.txt files sorted by name. */
  public static List<Path> transcripts(List<Path> arguments) throws InputException {
    List<Path> out = new ArrayList<>();
    for (Path a : arguments) {
      if (Files.isDirectory(a)) {
        List<Path> texts = texts(a);
        if (texts.isEmpty()) {
          throw new InputException(Diagnostic.of("ING008", Severity.FATAL, SourceSpan.file(a.toString())));
        }
        out.addAll(texts);
      } else if (Files.exists(a)) {
        out.add(a);
      } else {
        throw new InputException(Diagnostic.of("ING009", Severity.FATAL, SourceSpan.file(a.toString())));
      }
    }
    return out;
  }

  private static List<Path> texts(Path dir) throws InputException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new InputException(Diagnostic.of("ING005", Severity.FATAL, SourceSpan.file(dir.toString()), e.getMessage()));
    }
  }

  public Outcome build(Path input, BuildSettings settings) throws InputException {
    EditionConfig config = config(input, settings);
    DiagnosticSink sink = new DiagnosticSink();
    SourceText text = decoder(config, settings).decode(input, sink);
    BuildInfo info = new BuildInfo(Version.current(),
        Version.generationDate(config.edition().date(), System.getenv("SOURCE_DATE_EPOCH")));
    Witnesses witnesses = witnesses(config, input);
    List<Pipeline.WitnessSource> sources = witnessSources(witnesses, decoder(config, settings), configs);
    Pipeline.Result result = new Pipeline(config, info).run(text, sources, witnesses, sink);
    String base = baseName(input);
    List<Diagnostic> problems = check.check(base + TEI_SUFFIX, result.tei());
    problems.forEach(sink::report);
    List<Diagnostic> all = sink.diagnostics();
    boolean valid = problems.stream().noneMatch(d -> d.severity().compareTo(Severity.ERROR) >= 0);
    BuildReport report = reports.report(result.transcript(), result.counts(), base + TEI_SUFFIX, valid, all);
    Path tei = settings.outputDir().resolve(base + TEI_SUFFIX);
    Path json = settings.outputDir().resolve(base + REPORT_SUFFIX);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(tei, result.tei());
    files.put(json, reports.json(report));
    write(files, settings.outputDir());
    return new Outcome(tei, json, result.tei(), report, all, config);
  }

  static Witnesses witnesses(EditionConfig config, Path input) throws InputException {
    try {
      return Witnesses.of(config, input);
    } catch (IllegalArgumentException e) {
      throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, SourceSpan.file("configuration"),
          e.getMessage()));
    }
  }

  /**
   * Each witness decoded like the transcript (same size limit and forced encoding), with the
   * configuration beside its file if it has one ({@code B.txt} → {@code B.yaml}), else the
   * defaults: a witness's structure is read afresh, the copy text's line-bound decisions do not apply.
   */
  static List<Pipeline.WitnessSource> witnessSources(Witnesses witnesses, Decoder decoder, ConfigReader configs)
      throws InputException {
    List<Pipeline.WitnessSource> out = new ArrayList<>();
    for (EditionConfig.WitnessConfig w : witnesses.others()) {
      Path file = Path.of(w.file());
      Optional<Path> own = configs.besides(file);
      EditionConfig wc = own.isPresent() ? configs.read(own.get()) : EditionConfig.defaults();
      SourceText text = decoder.decode(file, new DiagnosticSink());
      out.add(new Pipeline.WitnessSource(w.siglum(), text, wc));
    }
    return out;
  }

  private static void write(Map<Path, byte[]> files, Path outDir) throws InputException {
    try {
      AtomicFiles.writeAll(files);
    } catch (IOException e) {
      throw new InputException(Diagnostic.of("OUT001", Severity.FATAL, SourceSpan.file(outDir.toString()),
          e.getClass().getSimpleName() + " " + e.getMessage()));
    }
  }

  private EditionConfig config(Path input, BuildSettings settings) throws InputException {
    Optional<Path> file = settings.config().isPresent() ? settings.config() : configs.besides(input);
    return file.isPresent() ? configs.read(file.get()) : EditionConfig.defaults();
  }

  private static Decoder decoder(EditionConfig config, BuildSettings settings) throws InputException {
    Decoder d = new Decoder().withMaxBytes(settings.maxBytes());
    Optional<Charset> forced = settings.encoding();
    if (forced.isEmpty() && config.source().encoding() != null) {
      try {
        forced = Optional.of(Charset.forName(config.source().encoding()));
      } catch (IllegalArgumentException e) {
        throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, SourceSpan.file("configuration"),
            "unknown encoding " + config.source().encoding()));
      }
    }
    return forced.map(d::withCharset).orElse(d);
  }

  /** "speech.txt" → "speech". */
  public static String baseName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
