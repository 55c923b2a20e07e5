package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recensio.model.DateValue;

class DateFinderTest {
  private final DateFinder finder = new DateFinder(DateRules.DEFAULT);

  /** The dates found, each as "printed=value" with the year 1920 for those printed without one. */
  private List<String> found(String text) {
    return finder.find(text).stream()
        .map(p -> text.substring(p.start(), p.end()) + "=" + p.value(1920).map(DateFinderTest::iso).orElse("?"))
        .toList();
  }

  private static String iso(DateValue v) {
    String s = v.when().orElseGet(() -> v.from().get() + "/" + v.to().get());
    return v.yearFromContext() ? s + "?" : s;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "delivered on December 30, 1920.|December 30, 1920=1920-12-30",
      "held from November 2 to 6, 1920.[11]|November 2 to 6, 1920=1920-11-02/1920-11-06",
      "Party on March 8-16, 1921.|March 8-16, 1921=1921-03-08/1921-03-16",
      "in Moscow on December 22-29, 1920.|December 22-29, 1920=1920-12-22/1920-12-29",
      "held in November (November 9), and|November 9=1920-11-09?",
      "In 1929, it was transformed|1929=1929",
      "and in June 1946 renamed|June 1946=1946-06",
      "during the trade union discussion in 1920-21.|1920-21=1920/1921",
      "on 30 December 1920 at|30 December 1920=1920-12-30",
      "Early in April 1920, it was|April 1920=1920-04"})
  void findsADateInRunningText(String text, String expected) {
    assertEquals(List.of(expected), found(text));
  }

  @Test
  void aDateMayRunOverALineBreak() {
    assertEquals(List.of("September 2,\n1918=1918-09-02"), found("its September 2,\n1918 decree"));
  }

  @Test
  void aListOfDaysIsOneDateEachWithTheMonthCarriedOver() {
    assertEquals(List.of("December 21=1920-12-21?", "22=1920-12-22?", "24=1920-12-24?", "27=1920-12-27?"),
        found("group meetings on December 21, 22, 24 and 27 on the question"));
    assertEquals(List.of("December 24=1920-12-24?", "27=1920-12-27?"), found("on December 24 and 27. The"));
  }

  @Test
  void aYearPrintedAfterAListIsEveryDatesYear() {
    assertEquals(List.of("November 8=1920-11-08", "December 7, 1920=1920-12-07"),
        found("the C.C. on November 8 and December 7, 1920, condemned"));
  }

  @Test
  void wordsThatOnlyLookLikeDatesAreNone() {
    assertTrue(found("May I say that this is an abstraction").isEmpty());
    assertTrue(found("Since September we have been talking").isEmpty());
    assertTrue(found("adopted by 10 to 4 saying; 2,537 delegates; Part 1, 1954, pp. 477-90").isEmpty());
    assertTrue(found("Collection of Statutes No. 537; in 15 or 20 years").isEmpty());
    assertTrue(found("On December 25, he published").size() == 1);
  }

  @Test
  void aDayThatDoesNotExistIsNoDate() {
    assertEquals(List.of("February 30=?"), found("on February 30 we met"));
  }

  @Test
  void yearCuesAreData() {
    DateRules noCues = new DateRules(DateRules.DEFAULT.months(), DateRules.DEFAULT.rangeWords(), List.of(), 1000, 2199);
    assertTrue(new DateFinder(noCues).find("in 1929").isEmpty());
  }
}
