/* A sheet printed to PDF or flattened (docs/overzicht-regels.md §3a, the same steps and numbers as
   generator/readers/flat.py): no fields left, but the words are still on the page. The layout of every
   werkblad (the printed words and field boxes of our blank PDF, measured by the site build:
   opmaak.js) is laid over each input page with a scale and a shift fitted on the words that occur once
   on both; the best-fitting werkblad is read box by box. */
(function (D) {
  "use strict";
  var MIN_ANCHORS = 6;         // fewer shared unique words: too little to fit on
  var MIN_PAIR_DISTANCE = 50;  // pt on the layout: a shorter pair says too little about the scale
  var SCALES = [0.2, 5];       // from a thumbnail print to A0
  var TOLERANCE = 4;           // pt on the layout: an anchor this close to where the fit puts it agrees
  var MIN_SHARE = 0.5;         // of the layout's unique words that must agree to recognise the sheet
  var MIN_INLIERS = 8;
  var MIN_COVERAGE = 0.9;      // of ALL printed words of the layout page that must be found at their place
  var WRAP_MARGIN = 2;         // pt: the inner padding a filler leaves at the right side of a box
  var COVERAGE_SLACK = [16, 4]; // pt across and down: same line; words in a run are placed by character count

  function key(text) { return text.normalize("NFKC").toLowerCase(); }
  function centre(w) { return [(w.x0 + w.x1) / 2, (w.top + w.bottom) / 2]; }

  function counts(words) {
    var result = new Map();
    words.forEach(function (w) { var k = key(w.tekst); result.set(k, (result.get(k) || 0) + 1); });
    return result;
  }

  function fromPair(a, b) {
    var tx = b[0][0] - a[0][0], ty = b[0][1] - a[0][1];
    var ix = b[1][0] - a[1][0], iy = b[1][1] - a[1][1];
    var length = tx * tx + ty * ty;
    if (length < MIN_PAIR_DISTANCE * MIN_PAIR_DISTANCE) { return null; }
    var s = (tx * ix + ty * iy) / length;  // least squares for a scale without rotation
    if (s < SCALES[0] || s > SCALES[1]) { return null; }
    return { s: s, dx: (a[1][0] + b[1][0]) / 2 - s * (a[0][0] + b[0][0]) / 2,
      dy: (a[1][1] + b[1][1]) / 2 - s * (a[0][1] + b[0][1]) / 2 };
  }

  function agreeing(t, anchors) {
    var result = [];
    anchors.forEach(function (a, k) {
      if (Math.hypot((a[1][0] - t.dx) / t.s - a[0][0], (a[1][1] - t.dy) / t.s - a[0][1]) <= TOLERANCE) { result.push(k); }
    });
    return result;
  }

  function leastSquares(pairs) {
    var n = pairs.length, mt = [0, 0], mi = [0, 0];
    pairs.forEach(function (p) { mt[0] += p[0][0] / n; mt[1] += p[0][1] / n; mi[0] += p[1][0] / n; mi[1] += p[1][1] / n; });
    var spread = 0, together = 0;
    pairs.forEach(function (p) {
      var x = p[0][0] - mt[0], y = p[0][1] - mt[1];
      spread += x * x + y * y;
      together += x * (p[1][0] - mi[0]) + y * (p[1][1] - mi[1]);
    });
    var s = together / spread;
    return { s: s, dx: mi[0] - s * mt[0], dy: mi[1] - s * mt[1] };
  }

  /** Scale and shift that lay the layout page on the input page, or null if it does not fit. */
  function fit(template, words) {
    var templateCounts = counts(template.woorden);
    var inputCounts = counts(words);
    var where = new Map();
    words.forEach(function (w) { if (inputCounts.get(key(w.tekst)) === 1) { where.set(key(w.tekst), centre(w)); } });
    var anchors = [];
    template.woorden.forEach(function (w) {
      var k = key(w.tekst);
      if (templateCounts.get(k) === 1 && where.has(k)) { anchors.push([centre(w), where.get(k)]); }
    });
    var unique = 0;
    templateCounts.forEach(function (count) { if (count === 1) { unique += 1; } });
    if (anchors.length < MIN_ANCHORS) { return null; }
    var best = null;
    var half = Math.floor(anchors.length / 2);
    anchors.forEach(function (a, i) {  // hypotheses from pairs (i, i + n/2): deterministic, n of them
      var hypothesis = fromPair(a, anchors[(i + half) % anchors.length]);
      if (!hypothesis) { return; }
      var inliers = agreeing(hypothesis, anchors).length;
      if (!best || inliers > best.inliers) { best = { s: hypothesis.s, dx: hypothesis.dx, dy: hypothesis.dy, inliers: inliers }; }
    });
    if (!best || best.inliers < MIN_INLIERS) { return null; }
    var refined = leastSquares(agreeing(best, anchors).map(function (k) { return anchors[k]; }));
    refined.inliers = agreeing(refined, anchors).length;
    refined.share = unique ? refined.inliers / unique : 0;
    if (refined.inliers < MIN_INLIERS || refined.share < MIN_SHARE) { return null; }
    if (coverage(refined, template.woorden, words) < MIN_COVERAGE) { return null; }  // an older layout of the sheet
    return refined;
  }

  /** Share of the layout's printed words that the input has at their place: same key, on the same line
      and near it across (COVERAGE_SLACK). */
  function coverage(t, printed, words) {
    var moved = new Map();
    words.forEach(function (w) {
      var k = key(w.tekst);
      if (!moved.has(k)) { moved.set(k, []); }
      var c = centre(w);
      moved.get(k).push(toTemplate(t, c[0], c[1]));
    });
    var found = printed.filter(function (w) {
      var c = centre(w);
      return (moved.get(key(w.tekst)) || []).some(function (q) {
        return Math.abs(q[0] - c[0]) <= COVERAGE_SLACK[0] && Math.abs(q[1] - c[1]) <= COVERAGE_SLACK[1];
      });
    }).length;
    return printed.length ? found / printed.length : 0;
  }

  function toTemplate(t, x, y) { return [(x - t.dx) / t.s, (y - t.dy) / t.s]; }

  /** The field box that holds the point; where boxes overlap, the one whose top-left corner is nearest. */
  function boxAt(boxes, x, y) {
    var best = null, distance = Infinity;
    boxes.forEach(function (b) {
      if (b.x0 <= x && x <= b.x1 && b.top <= y && y <= b.bottom) {
        var d = Math.hypot(x - b.x0, y - b.top);
        if (d < distance) { best = b; distance = d; }
      }
    });
    return best;
  }

  /** Words on one line (centres within half a word height) joined by spaces, lines top to bottom; a break
      where the next line's first word would not have fitted behind the line above (box edge `right`) is
      the filler's wrap, not the participant's: those lines are joined with a space (§3a). */
  function linesOf(words, right) {
    var sorted = words.slice().sort(function (a, b) { return centre(a)[1] - centre(b)[1] || a.x0 - b.x0; });
    var lines = [];
    sorted.forEach(function (w) {
      var line = lines[lines.length - 1];
      if (line && Math.abs(centre(w)[1] - centre(line[0])[1]) <= (w.bottom - w.top) / 2) { line.push(w); } else { lines.push([w]); }
    });
    var text = "";
    var previous = null;
    lines.forEach(function (line) {
      line = line.slice().sort(function (a, b) { return a.x0 - b.x0; });
      var joined = line.map(function (w) { return w.tekst; }).join(" ");
      text += (previous ? (wrapped(previous, line, right) ? " " : "\n") : "") + joined;
      previous = line;
    });
    return text;
  }

  function wrapped(above, line, right) {
    var first = line[0];
    var space = (first.bottom - first.top) / 4;
    return above[above.length - 1].x1 + space + (first.x1 - first.x0) > right - WRAP_MARGIN;
  }

  /** The text in every field box of every page that fits; words printed on the sheet itself skipped. */
  function readBoxes(template, pages, fits) {
    var answers = {};
    for (var p = 0; p < fits.length; p++) {
      var boxes = template[p].velden;
      boxes.forEach(function (b) { if (!(b.naam in answers)) { answers[b.naam] = b.soort === "checkbox" ? false : ""; } });
      var t = fits[p];
      if (!t) { continue; }
      var printed = new Map();
      template[p].woorden.forEach(function (w) {
        var k = key(w.tekst);
        printed.set(k, (printed.get(k) || []).concat([centre(w)]));
      });
      var found = new Map();
      pages[p].forEach(function (word) {
        var a = toTemplate(t, word.x0, word.top), b = toTemplate(t, word.x1, word.bottom);
        var moved = { tekst: word.tekst, x0: a[0], top: a[1], x1: b[0], bottom: b[1] };
        var c = centre(moved);
        var isPrinted = (printed.get(key(word.tekst)) || []).some(function (q) { return Math.hypot(c[0] - q[0], c[1] - q[1]) <= TOLERANCE; });
        if (isPrinted) { return; }
        var box = boxAt(boxes, c[0], c[1]);
        if (box) { found.set(box.naam, (found.get(box.naam) || []).concat([moved])); }
      });
      boxes.forEach(function (b) {
        if (found.has(b.naam)) { answers[b.naam] = b.soort === "checkbox" ? true : linesOf(found.get(b.naam), b.x1); }
      });
    }
    return answers;
  }

  /** Does the text say "werkblad" and the title of one of ours? Then it is a sheet we cannot place. */
  function mentionsWerkblad(pages, werkbladen) {
    var text = " " + [].concat.apply([], pages).map(function (w) { return key(w.tekst); }).join(" ") + " ";
    return text.indexOf(" werkblad ") >= 0 && werkbladen.some(function (w) {
      return text.indexOf(" " + w.titel.split(/\s+/).filter(Boolean).map(key).join(" ") + " ") >= 0;
    });
  }

  /** A PDF without fields -> {werkblad, antwoorden, meldingen} or a rejection key (§3a). `pages` are the
      words per page (pdfjs.woorden), `form` what pdf-velden.js or pdfjs.js found (annotations, heights). */
  function lees(pages, form, werkbladen) {
    if (!pages.some(function (words) { return words.length; })) { throw "pdf_scan"; }
    var layouts = D.opmaak;
    var best = null;
    werkbladen.forEach(function (w) {
      var template = layouts[w.id] && layouts[w.id].paginas;
      if (!template) { return; }
      var fits = [];
      for (var p = 0; p < Math.min(template.length, pages.length); p++) { fits.push(fit(template[p], pages[p])); }
      var good = fits.filter(Boolean);
      if (!good.length) { return; }
      var score = [Math.min.apply(null, good.map(function (f) { return f.share; })),
        good.reduce(function (sum, f) { return sum + f.inliers; }, 0)];
      if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) {
        best = { score: score, werkblad: w, template: template, fits: fits };
      }
    });
    if (!best) { throw mentionsWerkblad(pages, werkbladen) ? "pdf_plat" : "pdf_vreemd"; }
    var answers = readBoxes(best.template, pages, best.fits);
    var notes = [D.regels.melding("plat_gelezen")];
    var velden = {};
    best.werkblad.velden.forEach(function (v) { velden[v.naam] = v; });
    form.annotaties.forEach(function (annotation) {  // text boxes typed on the printed sheet (§3a, §3.6)
      var t = annotation.pagina < best.fits.length ? best.fits[annotation.pagina] : null;
      var box = null;
      if (t) {
        var point = toTemplate(t, annotation.midden[0], form.hoogtes[annotation.pagina] - annotation.midden[1]);
        box = boxAt(best.template[annotation.pagina].velden, point[0], point[1]);
      }
      D.pdfLezen.annotatie(annotation, box ? velden[box.naam] : null, answers, notes);
    });
    var anything = Object.keys(answers).some(function (k) { return answers[k]; });
    if (!anything) { throw "pdf_plat"; }
    return { werkblad: best.werkblad, antwoorden: answers, meldingen: notes };
  }

  /** How many pages the longest werkblad has: only those pages of an input are read. */
  function paginas() {
    return Math.max.apply(null, Object.keys(D.opmaak).map(function (id) { return D.opmaak[id].paginas.length; }));
  }

  D.pdfPlat = { lees: lees, paginas: paginas };
})(window.Doorstroom);
