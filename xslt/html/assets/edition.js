/* Recensio static edition: progressive enhancement only. Every page works without this
   script: the view switch is a checkbox, note markers are links to the notes, the search page
   says it needs JavaScript. With it: a toggle button (aria-pressed, remembered), notes,
   citations and the readings of a variant place in a panel beside the text, the witness
   switch remembered (and set by ?witness=B) with what the chosen witness is, and the search. */
(function () {
  'use strict';
  var doc = document;
  var VIEW_KEY = 'recensio.view';
  var WITNESS_KEY = 'recensio.witness';

  function stored(key, value) {
    try {
      if (value === undefined) { return window.localStorage.getItem(key); }
      window.localStorage.setItem(key, value);
    } catch (e) { /* storage unavailable (file://, private mode): not remembered */ }
    return null;
  }

  function el(name, attrs, text) {
    var e = doc.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /* ---- view switch: the checkbox becomes a toggle button ---- */
  function setUpViewSwitch() {
    var box = doc.getElementById('view-switch');
    var label = doc.querySelector('label[for="view-switch"]');
    if (!box || !label) { return; }
    var button = el('button', { type: 'button', 'class': 'view-toggle',
      'aria-describedby': 'view-switch-help' }, 'Diplomatic view');
    function show(diplomatic) {
      box.checked = diplomatic;
      button.setAttribute('aria-pressed', diplomatic ? 'true' : 'false');
    }
    show(box.checked || stored(VIEW_KEY) === 'diplomatic');
    button.addEventListener('click', function () {
      show(!box.checked);
      stored(VIEW_KEY, box.checked ? 'diplomatic' : 'reading');
    });
    box.hidden = true;   /* still checked or not: the CSS keeps working */
    label.hidden = true;
    label.parentNode.insertBefore(button, label.nextSibling);
  }

  /* ---- the panel: a note or a citation beside its trigger ---- */
  var panel = null;
  var trigger = null;

  function closePanel() {
    if (!panel || panel.hidden) { return; }
    panel.hidden = true;
    if (trigger) { trigger.setAttribute('aria-expanded', 'false'); trigger.focus(); }
    trigger = null;
  }

  function openPanel(from, title, body, actions) {
    if (!panel) {
      panel = el('div', { id: 'note-panel', 'class': 'note-panel', role: 'dialog',
        'aria-labelledby': 'note-panel-title', tabindex: '-1' });
      panel.hidden = true;
      (doc.querySelector('main') || doc.body).appendChild(panel);
      panel.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') { e.preventDefault(); closePanel(); }
      });
    }
    if (trigger && trigger !== from) { trigger.setAttribute('aria-expanded', 'false'); }
    panel.textContent = '';
    panel.appendChild(el('p', { id: 'note-panel-title', 'class': 'kicker' }, title));
    body.forEach(function (node) { panel.appendChild(node); });
    var bar = el('div', { 'class': 'note-panel-actions' });
    actions.forEach(function (a) { bar.appendChild(a); });
    var close = el('button', { type: 'button' }, 'Close');
    close.addEventListener('click', closePanel);
    bar.appendChild(close);
    panel.appendChild(bar);
    panel.hidden = false;
    var r = from.getBoundingClientRect();
    var width = panel.offsetWidth;
    var left = Math.max(8, Math.min(r.left + window.scrollX - 16,
      doc.documentElement.clientWidth + window.scrollX - width - 8));
    panel.style.left = left + 'px';
    panel.style.top = (r.bottom + window.scrollY + 6) + 'px';
    trigger = from;
    from.setAttribute('aria-expanded', 'true');
    panel.focus();
  }

  function withoutIds(node) {
    var copy = node.cloneNode(true);
    if (copy.removeAttribute) { copy.removeAttribute('id'); }
    if (copy.querySelectorAll) {
      Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
    }
    return copy;
  }

  function setUpNotes() {
    doc.addEventListener('click', function (e) {
      var a = e.target.closest ? e.target.closest('a.noteref') : null;
      if (!a) { return; }
      var id = a.getAttribute('href').slice(1);
      var note = doc.getElementById(id);
      var body = note && note.querySelector('.note-body');
      if (!body) { return; }
      e.preventDefault();
      if (trigger === a && !panel.hidden) { closePanel(); return; }
      var go = el('a', { href: '#' + id }, 'Go to the note');
      go.addEventListener('click', function () { panel.hidden = true; trigger = null; });
      openPanel(a, a.getAttribute('aria-label') || 'Note',
        Array.prototype.map.call(body.childNodes, withoutIds), [go]);
    });
    doc.addEventListener('click', function (e) {
      if (panel && !panel.hidden && !panel.contains(e.target) && e.target !== trigger
          && !(e.target.closest && e.target.closest('a.noteref, a.cite, a.app-marker'))) { closePanel(); }
    });
    doc.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closePanel(); } });
  }

  /* ---- variant places: the readings of every witness in the panel ---- */
  function setUpVariants() {
    var markers = doc.querySelectorAll('a.app-marker');
    if (!markers.length) { return; }
    Array.prototype.forEach.call(markers, function (a) {
      a.setAttribute('role', 'button');
      a.setAttribute('aria-expanded', 'false');
      a.setAttribute('aria-haspopup', 'dialog');
      a.addEventListener('keydown', function (e) {
        if (e.key === ' ' || e.key === 'Spacebar') { e.preventDefault(); a.click(); }
      });
    });
    doc.addEventListener('click', function (e) {
      var a = e.target.closest ? e.target.closest('a.app-marker') : null;
      if (!a) { return; }
      var id = a.getAttribute('href').slice(1);
      var entry = doc.getElementById(id);
      var body = entry && entry.querySelector('.variant-body');
      if (!body) { return; }
      e.preventDefault();
      if (trigger === a && panel && !panel.hidden) { closePanel(); return; }
      var copy = withoutIds(body);
      var current = checkedWitness();
      Array.prototype.forEach.call(copy.querySelectorAll('.reading'), function (r) {
        var sigla = Array.prototype.map.call(r.querySelectorAll('.siglum'), function (s) { return s.textContent; });
        if (current && sigla.indexOf(current) >= 0) { r.classList.add('reading-current'); }
      });
      var head = copy.querySelector('.variant-head');
      var title = 'Readings of the witnesses' + (head ? ': ' + head.textContent.replace(/\s+/g, ' ').trim() : '');
      if (head) { head.parentNode.removeChild(head); }
      var go = el('a', { href: '#' + id }, 'Go to the list of variants');
      go.addEventListener('click', function () { panel.hidden = true; trigger = null; });
      openPanel(a, title, [copy], [go]);
    });
  }

  /* ---- the witness switch: remembered, set by ?witness=B, the chosen witness described ---- */
  function checkedWitness() {
    var box = doc.querySelector('input.witness-switch:checked');
    return box && box.value ? box.value : null;
  }

  function setUpWitnessSwitch() {
    var boxes = doc.querySelectorAll('input.witness-switch');
    if (!boxes.length) { return; }
    var last = doc.querySelector('label[for="' + boxes[boxes.length - 1].id + '"]');
    var status = el('p', { 'class': 'witness-switch-status', role: 'status', 'aria-live': 'polite' });
    last.parentNode.insertBefore(status, last.nextSibling);
    function describe(box, announce) {
      var label = doc.querySelector('label[for="' + box.id + '"]');
      var text = box.value ? 'The text as witness ' + box.value + ' reads it'
        + (label && label.title ? ': ' + label.title : '') + '. Its own readings are highlighted.'
        : 'The edited text.';
      if (announce || box.value) { status.textContent = text; } else { status.textContent = ''; }
    }
    function choose(value) {
      var found = null;
      Array.prototype.forEach.call(boxes, function (b) { if ((b.value || '') === value) { found = b; } });
      if (found) { found.checked = true; describe(found, false); }
    }
    var asked = null;
    try { asked = new URLSearchParams(window.location.search).get('witness'); } catch (e) { /* old browser */ }
    choose(asked !== null ? asked : (stored(WITNESS_KEY) || ''));
    Array.prototype.forEach.call(boxes, function (b) {
      b.addEventListener('change', function () {
        if (!b.checked) { return; }
        stored(WITNESS_KEY, b.value || '');
        describe(b, true);
      });
    });
  }

  /* ---- cite this paragraph ---- */
  function setUpCitations() {
    var article = doc.querySelector('article.text[data-cite]');
    if (!article) { return; }
    doc.addEventListener('click', function (e) {
      var a = e.target.closest ? e.target.closest('a.cite[data-para]') : null;
      if (!a) { return; }
      e.preventDefault();
      var n = a.getAttribute('data-para');
      var url = window.location.href.split('#')[0] + '#p' + n;
      var text = article.getAttribute('data-cite') + ', ¶ ' + n + '. ' + url;
      var status = el('span', { role: 'status' });
      var copy = el('button', { type: 'button' }, 'Copy');
      copy.addEventListener('click', function () {
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(function () { status.textContent = 'Copied.'; },
            function () { status.textContent = 'Select the text to copy it.'; });
        } else { status.textContent = 'Select the text to copy it.'; }
      });
      var actions = el('span');
      actions.appendChild(copy);
      actions.appendChild(doc.createTextNode(' '));
      actions.appendChild(status);
      openPanel(a, 'Cite paragraph ' + n, [el('p', { 'class': 'citation-text' }, text)], [actions]);
    });
  }

  /* ---- search ---- */
  function fold(s) {
    return s.normalize ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : s.toLowerCase();
  }

  function snippet(text, folded, terms) {
    var at = folded.indexOf(terms[0]);
    var start = Math.max(0, at - 80);
    var end = Math.min(text.length, at + 160);
    var p = el('p');
    if (start > 0) { p.appendChild(doc.createTextNode('… ')); }
    var part = text.slice(start, end);
    var partFolded = folded.slice(start, end);
    var pos = 0;
    var re = new RegExp(terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|'), 'g');
    var m;
    while ((m = re.exec(partFolded)) !== null) {
      if (m[0].length === 0) { break; }
      p.appendChild(doc.createTextNode(part.slice(pos, m.index)));
      p.appendChild(el('mark', {}, part.slice(m.index, m.index + m[0].length)));
      pos = m.index + m[0].length;
    }
    p.appendChild(doc.createTextNode(part.slice(pos)));
    if (end < text.length) { p.appendChild(doc.createTextNode(' …')); }
    return p;
  }

  function setUpSearch() {
    var form = doc.getElementById('search-form');
    if (!form) { return; }
    var input = doc.getElementById('search-q');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    var data = window.RECENSIO_SEARCH;
    if (!data) { status.textContent = 'The search index (assets/search-index.js) could not be loaded.'; return; }
    var folded = data.entries.map(function (e) { return fold(e[3]); });
    function run(query) {
      var terms = fold(query).split(/\s+/).filter(Boolean);
      list.textContent = '';
      if (!terms.length) { status.textContent = 'Type one or more words.'; return; }
      var hits = [];
      data.entries.forEach(function (e, i) {
        if (terms.every(function (t) { return folded[i].indexOf(t) >= 0; })) { hits.push(i); }
      });
      status.textContent = hits.length === 0 ? 'No passage contains ' + (terms.length > 1 ? 'all of these words.' : 'this word.')
        : hits.length + (hits.length === 1 ? ' passage' : ' passages') + ' found' + (hits.length > 100 ? '; the first 100 are shown.' : '.');
      hits.slice(0, 100).forEach(function (i) {
        var e = data.entries[i];
        var text = data.texts[e[0]];
        var li = el('li');
        var where = el('p', { 'class': 'where' });
        where.appendChild(el('a', { href: text[0] + '.html' + (e[1] ? '#' + e[1] : '') },
          text[1] + (e[2] ? ', ' + e[2] : '')));
        li.appendChild(where);
        li.appendChild(snippet(e[3], folded[i], terms));
        list.appendChild(li);
      });
    }
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q') || '';
    input.value = q;
    var header = doc.getElementById('site-q');
    if (header) { header.value = q; }
    if (q) { run(q); }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run(input.value);
      try { window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (err) { /* file:// */ }
    });
    var timer = null;
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { run(input.value); }, 200);
    });
  }

  function start() {
    doc.documentElement.classList.add('js');
    setUpViewSwitch();
    setUpNotes();
    setUpCitations();
    setUpVariants();
    setUpWitnessSwitch();
    setUpSearch();
  }

  if (doc.readyState === 'loading') { doc.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
