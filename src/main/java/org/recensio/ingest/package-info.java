/**
 * Ingest: a transcript file becomes a {@link org.recensio.model.SourceText}.
 *
 * <p><b>In:</b> a path or bytes, optionally a forced charset ({@code --encoding}) and a size limit
 * (default 100 MB). <b>Out:</b> a {@code SourceText} with the display name, the name of the charset
 * actually used ({@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code windows-1252}, or the
 * forced one) and the physical lines, numbered from 1. {@link org.recensio.ingest.Decoder} is the
 * only public class; the rest are package-private helpers with one job each.
 *
 * <p><b>Invariants on the output:</b>
 * <ul>
 *   <li>No line contains LF or CR: LF, CRLF and CR each end a line; the last line needs no
 *       terminator; a final terminator adds no empty line.</li>
 *   <li>Nothing else is changed: tabs, no-break spaces, form feeds, U+2028 and a byte-order mark
 *       that is not at the start all stay in the text (later stages treat whitespace through
 *       {@link org.recensio.model.Whitespace}). Only a leading byte-order mark is dropped.</li>
 *   <li>The text holds at least one non-whitespace character and no NUL.</li>
 *   <li>Decoding is strict: a character is never replaced or guessed silently. The one guess,
 *       windows-1252 for bytes that are not UTF-8, is reported as warning ING004.</li>
 * </ul>
 *
 * <p><b>Errors:</b> anything that stops the document is thrown as
 * {@link org.recensio.diag.InputException} carrying a FATAL diagnostic (ING001 empty, ING002
 * binary, ING003 neither UTF-8 nor windows-1252, ING005 unreadable, ING006 not in the forced
 * charset, ING007 too large, ING009 missing, ING010 not in the charset its byte-order mark
 * announces). Its span names the file, and the line and column where one applies (the column of
 * an undecodable byte counts the characters before it on its line). Warnings (ING004, ING011,
 * ING012) go to the {@link org.recensio.diag.DiagnosticSink}.
 *
 * <p>Work is linear in the file size: the bytes are read once and decoded once, through a 64K
 * buffer, straight into the lines ({@code LineCollector}), so each character is copied once. Byte
 * offsets are turned into line:column only on the error path, by {@code LineMap}.
 */
package org.recensio.ingest;
