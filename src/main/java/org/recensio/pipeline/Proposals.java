package org.recensio.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recensio.annotate.EmendationDetector;
import org.recensio.annotate.OcrRules;
import org.recensio.annotate.OcrTagger;
import org.recensio.annotate.Proposal;
import org.recensio.annotate.RegisterBuilder;
import org.recensio.annotate.WordList;
import org.recensio.config.EditionConfig;
import org.recensio.config.EditionConfig.EmendationDecision;
import org.recensio.config.EmendationsYaml;
import org.recensio.diag.Diagnostic;
import org.recensio.diag.DiagnosticSink;
import org.recensio.diag.InputException;
import org.recensio.diag.Severity;
import org.recensio.ingest.Decoder;
import org.recensio.model.Paragraph;
import org.recensio.model.SourceSpan;
import org.recensio.model.SourceText;
import org.recensio.model.Transcript;
import org.recensio.structure.StructureReader;

/**
 * The emendation proposals for a transcript that its editor has not decided yet (no entry in the
 * configuration's {@code emendations}, or one with decision "undecided"), for {@code recensio
 * check}; and writing them into the configuration for the editor to decide.
 */
public final class Proposals {
  private Proposals() {}

  public static List<Proposal> of(Path text, EditionConfig config) throws InputException {
    Decoder decoder = new Decoder();
    if (config.source().encoding() != null) {
      try {
        decoder = decoder.withCharset(java.nio.charset.Charset.forName(config.source().encoding()));
      } catch (IllegalArgumentException e) {
        throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, SourceSpan.file(text.toString()),
            "unknown encoding " + config.source().encoding()));
      }
    }
    return of(decoder.decode(text, new DiagnosticSink()), config);
  }

  public static List<Proposal> of(SourceText text, EditionConfig config) {
    DiagnosticSink sink = new DiagnosticSink();
    Transcript t = new StructureReader().read(text, config, sink);
    t = new RegisterBuilder(config).build(t, sink);
    EmendationDetector detector = EmendationDetector.of(t, OcrRules.DEFAULT, WordList.defaults());
    List<Proposal> out = new ArrayList<>();
    t.paragraphs().forEach(p -> undecided(p, detector.in(p), config, out));
    return List.copyOf(out);
  }

  private static void undecided(Paragraph p, List<Proposal> proposals, EditionConfig config, List<Proposal> out) {
    for (Proposal pr : proposals) {
      if (OcrTagger.decision(config, p, pr).map(d -> d.decision().equals("undecided")).orElse(true)) {
        out.add(pr);
      }
    }
  }

  /** A proposal as the editor's entry: accept for high confidence, undecided for the rest. */
  public static EmendationDecision entry(Proposal p) {
    String decision = p.confidence() == Proposal.Confidence.HIGH ? "accept" : "undecided";
    return new EmendationDecision(p.span().line(), p.printed().replace('\n', ' '), p.proposed(), decision);
  }

  /**
   * Adds the proposals to the configuration file (created when missing), atomically. Returns
   * the update: how many entries were added, and whether the file's comments were kept.
   */
  public static EmendationsYaml.Update writeConfig(Path configFile, List<Proposal> proposals) throws InputException {
    try {
      String existing = Files.exists(configFile) ? Files.readString(configFile, StandardCharsets.UTF_8) : "";
      EmendationsYaml.Update u = EmendationsYaml.add(existing, proposals.stream().map(Proposals::entry).toList());
      AtomicFiles.writeAll(Map.of(configFile, u.yaml()));
      return u;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InputException(Diagnostic.of("CFG001", Severity.FATAL, SourceSpan.file(configFile.toString()),
          e.getMessage()));
    } catch (IOException e) {
      throw new InputException(Diagnostic.of("OUT001", Severity.FATAL, SourceSpan.file(configFile.toString()),
          e.getClass().getSimpleName() + " " + e.getMessage()));
    }
  }
}
