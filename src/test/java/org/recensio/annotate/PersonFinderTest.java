package org.recensio.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFinderTest {
  private final PersonFinder finder = new PersonFinder(NameRules.DEFAULT);

  private List<String> printed(String text) {
    return finder.find(text).stream().map(PersonFinder.Mention::printed).toList();
  }

  @Test
  void aCapitalisedWordAfterComradeIsAPerson() {
    assertEquals(List.of("Trotsky"), printed("the number of mistakes Comrade Trotsky makes"));
  }

  @Test
  void aPluralTitleNamesEveryoneInTheList() {
    assertEquals(List.of("Trotsky", "Bukharin"), printed("than anything Comrades Trotsky and Bukharin have written"));
    assertEquals(List.of("Tomsky", "Lozovsky"), printed("with Comrades Tomsky and Lozovsky, whom"));
    assertEquals(List.of("Smith", "Jones", "Brown"), printed("Messrs. Smith, Jones and Brown left"));
  }

  @Test
  void aSingularTitleNamesOnlyTheWordAfterIt() {
    assertEquals(List.of("Trotsky"), printed("Comrade Trotsky and Moscow"));
  }

  @Test
  void initialsAndSurnameAreOneNameEvenAcrossALineBreak() {
    assertEquals(List.of("N. I. Bukharin", "L. P. Serebryakov", "Y. Larin"),
        printed("headed by N. I. Bukharin and L.\nP. Serebryakov and Y. Larin."));
  }

  @Test
  void theTitleIsNotPartOfTheNameButTheInitialsAre() {
    PersonFinder.Mention m = finder.find("“Comrade N. I. Bukharin, the Republic").get(0);
    assertEquals("N. I. Bukharin", m.printed());
    assertEquals("Bukharin", m.surname());
    assertEquals(9, m.start());
  }

  @Test
  void thePossessiveStaysOutsideTheName() {
    PersonFinder.Mention m = finder.find("Comrade Trotsky’s theses").get(0);
    assertEquals("Trotsky", m.printed());
    assertEquals(15, m.end());
  }

  @Test
  void institutionsMonthsAndSentenceOpenersAreNotPersons() {
    assertEquals(List.of(), printed("Comrades, I must. Comrades of Tsektran! Comrade Chairman, the C.C. Plenary Meeting"));
    assertEquals(List.of(), printed("Izvestia of the C.C., R.C.P. [5] No. 26; R.C.P. No. 3; Comrades Delegates"));
    assertEquals(List.of(), printed("Citizen Soviet Congress. Comrade December. Comrades The"));
  }

  @Test
  void stopWordsAreData() {
    PersonFinder strict = new PersonFinder(new NameRules(List.of("Comrade"), List.of(), java.util.Set.of("Trotsky")));
    assertEquals(List.of(), strict.find("Comrade Trotsky").stream().map(PersonFinder.Mention::printed).toList());
  }
}
