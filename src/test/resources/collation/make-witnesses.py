#!/usr/bin/env python3
"""Makes the test witnesses of the seed for the critical-apparatus tests (issue 5).

From seeds/lenin-1920-12-30-trade-unions.txt (the copy text, siglum P) it writes three witnesses,
each the seed with scripted, realistic edits, in the seed's own layout (hard-wrapped at 80 columns,
a blank line after every line):

  B  a newspaper text: substitutions, -ise spelt -ize, a semicolon for a comma, an addition,
     a transposition, a paragraph split in two, and one substitution it shares with D;
  C  the 1921 pamphlet: a lost passage (a whole paragraph), substitutions, an omission,
     a capitalised word, a comma dropped, an addition;
  D  the verbatim report: the substitution shared with B, substitutions, a sentence omitted,
     an addition, a transposition, a colon for a comma.

Edits go into ordinary prose lines of the speech (no brackets, quotation marks, colons or names
near them), never on a line's first word, at most one per paragraph per witness (the shared one
apart), so that each edit is one variant place. Beside each witness it writes its configuration
(X.yaml): the layout decisions that keep its paragraphs where the edits put them (a line after an
edited line continues the paragraph or starts one, as in the seed). It writes the edition's
configuration (edition.yaml: the seed's configuration plus the witnesses, and one editor's choice
of B's reading as the lemma) and the log of every
edit (edits.tsv: siglum, type, line in the seed, paragraph, the seed's words, the witness's words).

Deterministic: a fixed random seed; run it again and nothing changes.
  python3 src/test/resources/collation/make-witnesses.py
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
SEED = os.path.join(ROOT, 'seeds', 'lenin-1920-12-30-trade-unions.txt')
SEED_YAML = os.path.join(ROOT, 'seeds', 'lenin-1920-12-30-trade-unions.yaml')
WRAP = 80
BREAK_BEFORE = [1112]          # the seed configuration's layout decision
BODY = (25, 1100)              # ordinary prose of the speech (before the theses and the notes)
SAFE = re.compile(r"^[A-Za-z0-9 ,.;\-]+$")
SYNONYMS = {'great': 'large', 'question': 'problem', 'whole': 'entire', 'important': 'essential',
            'mistake': 'error', 'simply': 'merely', 'perhaps': 'possibly', 'begin': 'start',
            'must': 'should', 'quite': 'rather', 'very': 'most', 'shows': 'proves', 'fact': 'truth',
            'matter': 'affair', 'say': 'state', 'said': 'stated', 'main': 'chief', 'wrong': 'false'}
OMITTABLE = ['very', 'quite', 'simply', 'really', 'entirely', 'also', 'only', 'just', 'certainly', 'fully']
ADDITIONS = ['indeed', 'certainly', 'undoubtedly', 'clearly']

rng = random.Random(1920)


def first_word(line):
    return line.split(' ', 1)[0]


def paragraphs(lines):
    """The seed's paragraphs as lists of (1-based) line numbers, by the wrapping rule."""
    nonblank = [i for i, l in enumerate(lines, 1) if l.strip()]
    paras, cur = [], [nonblank[0]]
    for a, b in zip(nonblank, nonblank[1:]):
        fits = len(lines[a - 1].rstrip()) + 1 + len(first_word(lines[b - 1].strip())) <= WRAP
        if b - a - 1 >= 2 or fits or b in BREAK_BEFORE:
            paras.append(cur)
            cur = []
        cur.append(b)
    paras.append(cur)
    return paras


class Witness:
    def __init__(self, siglum, lines, paras):
        self.siglum = siglum
        self.lines = {i: l for i, l in enumerate(lines, 1)}   # seed line -> text (None: removed)
        self.extra = {}                                       # seed line -> lines inserted after it
        self.touched = set()                                  # seed lines edited
        self.used = set()                                     # paragraphs edited
        self.paras = paras
        self.log = []

    def para_of(self, line):
        for k, p in enumerate(self.paras):
            if line in p:
                return k
        return -1

    def record(self, kind, line, base, wit):
        self.log.append((self.siglum, kind, line, self.para_of(line), base, wit))


def eligible_lines(w, paras, avoid):
    out = []
    for k, p in enumerate(paras):
        if k in w.used or k in avoid or len(p) < 3:
            continue
        for line in p[1:-1]:     # not a paragraph's first or last line
            text = w.lines[line]
            if BODY[0] <= line <= BODY[1] and text and SAFE.match(text) and not text.rstrip().endswith('-'):
                out.append((k, line))
    return out


def word_edit(w, paras, avoid, pick):
    """Applies pick(words) -> (index, new words list, base, wit, kind) on a random eligible line."""
    candidates = eligible_lines(w, paras, avoid)
    rng.shuffle(candidates)
    for k, line in candidates:
        words = w.lines[line].split(' ')
        got = pick(words)
        if got:
            new_words, base, wit, kind = got
            w.lines[line] = ' '.join(new_words)
            w.used.add(k)
            w.touched.add(line)
            w.record(kind, line, base, wit)
            return k, line
    raise SystemExit('no place for an edit in ' + w.siglum)


def inner(words):
    """Indices of plain lower-case words that are neither first nor last on the line."""
    return [i for i in range(1, len(words) - 1) if re.fullmatch(r'[a-z]+', words[i])]


def substitution(words):
    for i in inner(words):
        if words[i] in SYNONYMS:
            new = list(words)
            new[i] = SYNONYMS[words[i]]
            return new, words[i], new[i], 'substantive'
    return None


def spelling_ize(words):
    for i in inner(words):
        m = re.fullmatch(r'([a-z]{2,})is(e|es|ed|ing|ation|ations)', words[i])
        if m and words[i] not in ('otherwise', 'wise', 'rise', 'arise', 'promise', 'exercise', 'precise'):
            new = list(words)
            new[i] = m.group(1) + 'iz' + m.group(2)
            return new, words[i], new[i], 'orthographic'
    return None


def capitalise(words):
    for i in inner(words):
        if len(words[i]) >= 5 and words[i] not in SYNONYMS:
            new = list(words)
            new[i] = words[i].capitalize()
            return new, words[i], new[i], 'orthographic'
    return None


def comma_to(mark):
    def pick(words):
        for i in range(1, len(words) - 2):
            if re.fullmatch(r'[a-z]+,', words[i]) and re.fullmatch(r'[a-z]+', words[i + 1]):
                new = list(words)
                new[i] = words[i][:-1] + mark
                return new, ',', mark, 'punctuation'
        return None
    return pick


def omission(words):
    for i in inner(words):
        if words[i] in OMITTABLE:
            new = words[:i] + words[i + 1:]
            return new, words[i], '', 'omission'
    return None


def addition(words):
    idx = inner(words)
    if not idx:
        return None
    i = idx[len(idx) // 2]
    add = ADDITIONS[rng.randrange(len(ADDITIONS))]
    new = words[:i + 1] + [add] + words[i + 1:]
    return new, '', add, 'addition'


def transposition(words):
    idx = inner(words)
    for i in idx:
        if i + 1 in idx and len(words[i]) >= 4 and len(words[i + 1]) >= 4 and words[i] != words[i + 1]:
            new = list(words)
            new[i], new[i + 1] = words[i + 1], words[i]
            return new, words[i] + ' ' + words[i + 1], new[i] + ' ' + new[i + 1], 'transposition'
    return None


def split_paragraph(w, paras, avoid):
    """Splits a long paragraph after a sentence that ends inside one of its middle lines."""
    for k, p in enumerate(paras):
        if k in w.used or k in avoid or len(p) < 6 or not BODY[0] <= p[0] <= BODY[1]:
            continue
        for line in p[2:-2]:
            text = w.lines[line]
            m = re.search(r'[a-z]\. (?=[A-Z][a-z])', text or '')
            if m and m.end() > 20:
                w.lines[line] = text[:m.start() + 2]
                w.extra[line] = text[m.end():]
                w.used.add(k)
                w.touched.add(line)
                w.record('paragraphing', line, '', '')
                return
    raise SystemExit('no paragraph to split')


def lose_paragraph(w, paras, avoid):
    """A passage lost in the witness: a whole middle paragraph of the speech."""
    for k in range(len(paras) // 3, len(paras)):
        p = paras[k]
        if k in w.used or k in avoid or not 3 <= len(p) <= 6 or not BODY[0] <= p[0] <= BODY[1]:
            continue
        if k + 1 < len(paras) and (k + 1) not in w.used:
            base = ' '.join(w.lines[i].strip() for i in p)
            for i in p:
                w.lines[i] = None
            w.used.update({k - 1, k, k + 1})
            w.record('omission', p[0], base, '')
            w.touched.add(p[-1])
            return
    raise SystemExit('no paragraph to lose')


def write(w, seed_lines, paras):
    """The witness text and its configuration (line decisions around the edits)."""
    out, number = [], {}
    skipping = False
    for i in range(1, len(seed_lines) + 1):
        text = w.lines[i]
        if text is None:
            skipping = True
            continue
        # the blank lines after a removed line go too
        if not text.strip() and skipping:
            continue
        skipping = False
        out.append(text)
        number[i] = len(out)
        if i in w.extra:
            out.append('')
            out.append(w.extra[i])
            number[(i, 'extra')] = len(out)
    starts = {p[0] for p in paras}
    breaks, joins = set(), set()
    for b in BREAK_BEFORE:
        breaks.add(number[b])
    nonblank = [i for i in range(1, len(seed_lines) + 1) if w.lines[i] and w.lines[i].strip()]
    for a, b in zip(nonblank, nonblank[1:]):
        if a in w.touched or b in w.touched or any(w.lines[j] is None for j in range(a, b)):
            nb = number[b]
            if (a, 'extra') in number:
                breaks.add(number[(a, 'extra')])
                (breaks if b in starts else joins).add(nb)
            elif b in starts:
                breaks.add(nb)
            else:
                joins.add(nb)
    with open(os.path.join(HERE, w.siglum + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    with open(os.path.join(HERE, w.siglum + '.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Written by make-witnesses.py: the layout decisions that keep witness %s\'s paragraphs\n'
                '# where its edits put them.\n' % w.siglum)
        f.write('layout:\n  wrapWidth: %d\n  breakBefore: [%s]\n  joinBefore: [%s]\n'
                % (WRAP, ', '.join(map(str, sorted(breaks))), ', '.join(map(str, sorted(joins)))))
        f.write('embedded:\n  - headingStart: "Fifth All-Russia Trade Union Conference The tasks"\n'
                '    type: theses\n')


def main():
    with open(SEED, encoding='utf-8') as f:
        seed_lines = f.read().split('\n')
    if seed_lines and seed_lines[-1] == '':
        seed_lines.pop()
    paras = paragraphs(seed_lines)
    b, c, d = (Witness(s, seed_lines, paras) for s in 'BCD')
    taken = set()

    def edit(w, pick):
        k, _ = word_edit(w, paras, taken, pick)
        taken.add(k)

    # the substitution B and D share: the same place, the same word
    k, line = word_edit(b, paras, taken, substitution)
    d.lines[line] = b.lines[line]
    d.used.add(k)
    d.touched.add(line)
    d.log.append(('D',) + b.log[-1][1:])
    taken.add(k)
    for pick in (substitution, substitution, spelling_ize, spelling_ize, comma_to(';'), addition, transposition):
        edit(b, pick)
    split_paragraph(b, paras, taken)
    taken |= b.used
    lose_paragraph(c, paras, taken)
    taken |= c.used
    for pick in (substitution, substitution, omission, capitalise, comma_to(''), addition):
        edit(c, pick)
    for pick in (substitution, substitution, omission, addition, transposition, comma_to(':')):
        edit(d, pick)
    for w in (b, c, d):
        write(w, seed_lines, paras)
    with open(os.path.join(HERE, 'edits.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('siglum\ttype\tline\tparagraph\tbase\twitness\n')
        for w in (b, c, d):
            for e in sorted(w.log, key=lambda e: e[2]):
                f.write('\t'.join(str(x) for x in e) + '\n')
    with open(SEED_YAML, encoding='utf-8') as f:
        seed_yaml = f.read()
    with open(os.path.join(HERE, 'edition.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# The seed as a critical edition with three witnesses (written by make-witnesses.py):\n'
                '# the seed\'s own configuration, then the witnesses.\n\n')
        f.write(seed_yaml.rstrip('\n') + '\n\n')
        f.write('witnesses:\n'
                '  - {siglum: P, base: true, description: "Collected Works, 1st English edition (1965): the copy text",\n'
                '     bibl: "Lenin, Collected Works, vol. 32, Moscow: Progress Publishers, 1965, pp. 19-42"}\n'
                '  - {siglum: B, file: B.txt, description: "Newspaper text (test witness made by make-witnesses.py)"}\n'
                '  - {siglum: C, file: C.txt, description: "Pamphlet of 1921 (test witness made by make-witnesses.py)"}\n'
                '  - {siglum: D, file: D.txt, description: "Verbatim report (test witness made by make-witnesses.py)"}\n'
                'apparatus: {includeOrthographic: false, includePunctuation: false}\n')
        # the editor prefers B's reading to the copy text's at B's first substitution
        own = next(e for e in b.log if e[1] == 'substantive')
        f.write('lemmata:\n  - {line: %d, text: "%s", siglum: B}\n' % (own[2], own[4]))


if __name__ == '__main__':
    main()
