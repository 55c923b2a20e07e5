/**
 * Bench: how fast text becomes TEI, in process, on one thread. Not a stage and not a test.
 *
 * <p><b>In:</b> a seed transcript (default {@code seeds/lenin-1920-12-30-trade-unions.txt}), the
 * sizes of the corpora to generate from it, and the size of a single-paragraph input.
 * <b>Out:</b> a table on standard output: per input its size, wall time (decoding included), MB/s
 * and peak heap, then time per MB relative to the smallest corpus (1.00 = linear) and whether
 * the aim of 20 MB/s was met. MB is 2^20 bytes throughout.
 *
 * <p>{@link org.recensio.bench.CorpusGenerator} cuts the seed along the structure the structure
 * stage reads (front matter, body blocks, notes section) and makes corpora of any size by
 * shuffling the body blocks between the front matter and the notes, with a seeded
 * {@link java.util.Random}: the same seeds give the same bytes. It also makes one paragraph of any
 * size, hard-wrapped without blank lines or on a single line. {@link org.recensio.bench.Bench}
 * warms up, generates each input before starting the clock, runs {@code Decoder} then
 * {@code Pipeline}, and reads the peak heap from the heap pools' peak usage, reset after a GC
 * before every run. {@link org.recensio.bench.BenchCommand} is the {@code bench} subcommand.
 *
 * <p>Inputs over the decoder's size limit ({@code --max-size}) are refused with the decoder's
 * ING007 message, exactly as {@code build} refuses them, and the table says so.
 */
package org.recensio.bench;
