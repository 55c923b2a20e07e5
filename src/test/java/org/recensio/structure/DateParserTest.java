package org.recensio.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recensio.model.DateValue;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "December 30, 1920|1920-12-30",
      "30 December 1920|1920-12-30",
      "30th December, 1920|1920-12-30",
      "Dec. 30, 1920|1920-12-30",
      "March 1921|1921-03",
      "1920-12-30|1920-12-30",
      "  December 30, 1920.  |1920-12-30"})
  void readsDays(String printed, String iso) {
    assertEquals(DateValue.day(iso), parser.parseLine(printed).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "November 2 to 6, 1920|1920-11-02|1920-11-06",
      "March 8-16, 1921|1921-03-08|1921-03-16",
      "2–6 November 1920|1920-11-02|1920-11-06"})
  void readsRanges(String printed, String from, String to) {
    assertEquals(DateValue.range(from, to), parser.parseLine(printed).orElseThrow());
  }

  @Test
  void aSentenceWithADateIsNotADateLine() {
    assertTrue(parser.parseLine("On December 30, 1920 he spoke.").isEmpty());
    assertTrue(parser.parseLine("February 30, 1920").isEmpty());
    assertTrue(parser.parseLine("March 16-8, 1921").isEmpty());
  }
}
