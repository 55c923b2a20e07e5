package org.recensio.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void offsetsOnTheFirstLineAreColumnsFromOne() {
    LineMap map = LineMap.of("abc");
    assertEquals(1, map.line(0));
    assertEquals(1, map.column(0));
    assertEquals(3, map.column(2));
  }

  @Test
  void everyTerminatorStartsANewLine() {
    LineMap map = LineMap.of("a\nb\r\nc\rd");
    assertEquals("f:2:1", map.span("f", 2).location());
    assertEquals("f:3:1", map.span("f", 5).location());
    assertEquals("f:4:1", map.span("f", 7).location());
  }

  @Test
  void theEndOfTheTextIsAPosition() {
    LineMap map = LineMap.of("ab\ncd");
    assertEquals("f:2:3", map.span("f", 5).location());
    assertEquals("f:2:1", LineMap.of("ab\n").span("f", 3).location());
  }

  @Test
  void manyLinesAreFoundByBisection() {
    String text = "x\n".repeat(10_000);
    LineMap map = LineMap.of(text);
    assertEquals(5_001, map.line(10_000));
    assertEquals(1, map.column(10_000));
    assertEquals(2, map.column(10_001));
  }

  @Test
  void offsetsOutsideTheTextAreABug() {
    assertThrows(IndexOutOfBoundsException.class, () -> LineMap.of("ab").line(3));
    assertThrows(IndexOutOfBoundsException.class, () -> LineMap.of("ab").line(-1));
  }
}
