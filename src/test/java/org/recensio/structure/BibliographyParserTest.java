package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recensio.model.Bibliography;

class BibliographyParserTest {
  private final BibliographyParser parser = new BibliographyParser();

  @Test
  void readsTheSeedsSourceLine() {
    Bibliography b = parser.parse(
        "Lenin’s Collected Works, 1st English Edition, Progress Publishers,\nMoscow, 1965, Volume 32, pages 19-42");
    assertEquals(Optional.of("Lenin’s Collected Works"), b.title());
    assertEquals(Optional.of("1st English Edition"), b.edition());
    assertEquals(Optional.of("Progress Publishers"), b.publisher());
    assertEquals(Optional.of("Moscow"), b.place());
    assertEquals(Optional.of("1965"), b.year());
    assertEquals(Optional.of("32"), b.volume());
    assertEquals(Optional.of("19"), b.pageFrom());
    assertEquals(Optional.of("42"), b.pageTo());
  }

  @Test
  void readsAnotherOrderAndPpAbbreviation() {
    Bibliography b = parser.parse("Collected Works, 2nd Edition, Foreign Languages Press, London, 1958, Vol. 4, pp. 101–120.");
    assertEquals(Optional.of("Foreign Languages Press"), b.publisher());
    assertEquals(Optional.of("London"), b.place());
    assertEquals(Optional.of("4"), b.volume());
    assertEquals(Optional.of("101"), b.pageFrom());
    assertEquals(Optional.of("120"), b.pageTo());
  }

  @Test
  void keepsWhatItCannotPlace() {
    Bibliography b = parser.parse("a leaflet found in the archive");
    assertEquals("a leaflet found in the archive", b.printed());
    assertEquals(Optional.empty(), b.year());
  }
}
