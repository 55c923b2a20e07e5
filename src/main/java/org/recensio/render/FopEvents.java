package org.recensio.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Collects what FOP reports while it lays out one document. Errors, and the warnings that mean
 * the PDF would be wrong (a character missing from the font, a font substituted, hyphenation
 * patterns not found), make the rendering fail; other warnings (an overfull line) are kept.
 */
final class FopEvents implements EventListener {
  private static final Set<String> FATAL_WARNINGS = Set.of(
      "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
      "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
      "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection",
      "org.apache.fop.ResourceEventProducer.hyphenationNotFound",
      "org.apache.fop.layoutmgr.BlockLevelEventProducer.missingLinks",
      "org.apache.fop.area.AreaEventProducer.unresolvedIDReferenceOnPage",
      "org.apache.fop.area.AreaEventProducer.unresolvedIDReference");

  private final List<String> failures = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  @Override
  public synchronized void processEvent(Event event) {
    EventSeverity severity = event.getSeverity();
    String message = event.getEventID() + ": " + EventFormatter.format(event);
    if (severity == EventSeverity.ERROR || severity == EventSeverity.FATAL
        || FATAL_WARNINGS.contains(event.getEventID())) {
      failures.add(message);
    } else if (severity == EventSeverity.WARN) {
      warnings.add(message);
    }
  }

  synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  synchronized List<String> warnings() {
    return List.copyOf(warnings);
  }
}
