package org.recensio.cli;

/** Placeholder entry point until the command line lands. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
