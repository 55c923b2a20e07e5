#!/usr/bin/env python3
"""Derives the corpus transcripts that are not plain UTF-8 from their UTF-8 originals.

The originals live in originals/<name>.txt (UTF-8, no byte-order mark, LF line endings) and are
the text to edit; this script writes <name>.txt next to it in the encoding and line endings that
the case exercises. Run it from anywhere after editing an original:

    python3 src/test/resources/corpus/make-encoded.py          # rewrite the encoded files
    python3 src/test/resources/corpus/make-encoded.py --check  # fail if they are out of date

Encoding is strict: a character the target encoding cannot hold is an error, never replaced.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

# name -> (codec, byte-order mark, line terminator)
CASES = {
    'marchetti-1920-09-14-occupation-of-the-factories': ('cp1252', b'', '\n'),
    'dumoulin-1923-01-12-reparations-and-the-working-class': ('utf-16-le', b'\xff\xfe', '\r'),
}


def encoded(name):
    codec, bom, eol = CASES[name]
    text = (HERE / 'originals' / (name + '.txt')).read_text(encoding='utf-8')
    if '\r' in text or text.startswith('\ufeff'):
        raise SystemExit(name + ': the original must use LF endings and no byte-order mark')
    return bom + text.replace('\n', eol).encode(codec, errors='strict')


def main(argv):
    check = '--check' in argv
    stale = []
    for name in CASES:
        target = HERE / (name + '.txt')
        data = encoded(name)
        if check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(target.name)
        else:
            target.write_bytes(data)
            print('wrote', target.name, len(data), 'bytes')
    if stale:
        raise SystemExit('out of date (run make-encoded.py): ' + ', '.join(stale))


if __name__ == '__main__':
    main(sys.argv[1:])
