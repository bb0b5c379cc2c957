/* A sheet printed to PDF or flattened (docs/overzicht-regels.md §3a): no fields left, but the words
   are still on the page. The blank PDF of the werkblad (the one the site ships) tells where every box
   and every printed word is; words that occur once on both fix scale and shift (A3, Letter, margins),
   and each other word belongs to the box its centre falls in. */
(function (D) {
  "use strict";
  var MIN_ANCHORS = 8;
  var layouts = {};

  /** Words and boxes of a werkblad's blank PDF (once per page visit). */
  function layout(werkblad) {
    if (!layouts[werkblad.id]) {
      layouts[werkblad.id] = D.laden.blankPdf(werkblad.id).then(D.pdfjs.open).then(function (doc) {
        return Promise.all([D.pdfjs.woorden(doc), D.pdfjs.formulier(doc)]).then(function (found) {
          doc.destroy();
          var kinds = {};
          werkblad.velden.forEach(function (v) { kinds[v.naam] = v.soort; });
          var boxes = found[1].widgets.filter(function (w) { return kinds[w.naam]; })
            .map(function (w) { return { pagina: w.pagina, naam: w.naam, rect: w.rect, vinkje: kinds[w.naam] === "checkbox" }; });
          return { woorden: found[0], vakken: boxes };
        });
      });
      layouts[werkblad.id].catch(function () { delete layouts[werkblad.id]; });
    }
    return layouts[werkblad.id];
  }

  function counts(words) {
    var result = new Map();
    words.forEach(function (w) {
      var key = w.pagina + "\u0000" + w.tekst;
      result.set(key, (result.get(key) || []).concat([w]));
    });
    return result;
  }

  /** Least squares for one scale s and shift (dx, dy): input = s * blank + shift. */
  function fit(pairs) {
    var n = pairs.length;
    var mb = [0, 0];
    var mi = [0, 0];
    pairs.forEach(function (p) { mb[0] += p[0].x; mb[1] += p[0].y; mi[0] += p[1].x; mi[1] += p[1].y; });
    mb = [mb[0] / n, mb[1] / n];
    mi = [mi[0] / n, mi[1] / n];
    var top = 0;
    var bottom = 0;
    pairs.forEach(function (p) {
      var bx = p[0].x - mb[0], by = p[0].y - mb[1];
      top += bx * (p[1].x - mi[0]) + by * (p[1].y - mi[1]);
      bottom += bx * bx + by * by;
    });
    var s = bottom ? top / bottom : 0;
    return { s: s, dx: mi[0] - s * mb[0], dy: mi[1] - s * mb[1] };
  }

  function residual(t, p) {
    return Math.hypot(t.s * p[0].x + t.dx - p[1].x, t.s * p[0].y + t.dy - p[1].y);
  }

  /** Scale and shift from the words found once on the blank and once on the input, or null. */
  function placement(blankWords, inputWords) {
    var blank = counts(blankWords);
    var input = counts(inputWords);
    var pairs = [];
    blank.forEach(function (list, key) {
      if (list.length === 1 && input.has(key) && input.get(key).length === 1) { pairs.push([list[0], input.get(key)[0]]); }
    });
    if (pairs.length < MIN_ANCHORS) { return null; }
    var t = fit(pairs);
    for (var round = 0; round < 3; round++) {
      var tolerance = Math.max(2, 2 * Math.abs(t.s));
      var inliers = pairs.filter(function (p) { return residual(t, p) <= tolerance * 3; });
      if (inliers.length < MIN_ANCHORS) { return null; }
      t = fit(inliers);
      pairs = inliers;
    }
    var good = pairs.filter(function (p) { return residual(t, p) <= Math.max(2, 2 * t.s); });
    if (good.length < MIN_ANCHORS || good.length < blank.size * 0.3 || t.s < 0.2 || t.s > 5) { return null; }
    t.anchors = good.length;
    return t;
  }

  function inside(rect, x, y) { return x >= rect[0] && x <= rect[2] && y >= rect[1] && y <= rect[3]; }

  /** Words of one box as text: lines top to bottom (same baseline within half a letter height), words left to right. */
  function boxText(words) {
    words.sort(function (a, b) { return b.y - a.y || a.x - b.x; });
    var lines = [];
    words.forEach(function (w) {
      var line = lines[lines.length - 1];
      if (line && Math.abs(line.y - w.y) <= w.grootte / 2) { line.words.push(w); } else { lines.push({ y: w.y, words: [w] }); }
    });
    return lines.map(function (line) {
      return line.words.sort(function (a, b) { return a.x - b.x; }).map(function (w) { return w.tekst; }).join(" ");
    }).join("\n");
  }

  /** The answers read back by position: {velden: [[name, value]]}, or null when no box holds text. */
  function readBack(t, layoutOf, inputWords) {
    var template = new Set();
    layoutOf.woorden.forEach(function (b) {  // words printed on the blank sheet are not answers
      var x = t.s * b.x + t.dx, y = t.s * b.y + t.dy;
      inputWords.forEach(function (w, index) {
        if (w.pagina === b.pagina && w.tekst === b.tekst && Math.abs(w.x - x) <= 2 * t.s + 1 && Math.abs(w.y - y) <= 2 * t.s + 1) {
          template.add(index);
        }
      });
    });
    var perBox = new Map();
    inputWords.forEach(function (w, index) {
      if (template.has(index)) { return; }
      var x = (w.x - t.dx) / t.s;
      var y = (w.y + 0.3 * w.grootte - t.dy) / t.s;  // the middle of the word, not its baseline
      var box = layoutOf.vakken.filter(function (v) { return v.pagina === w.pagina && inside(v.rect, x, y); })[0];
      if (box) { perBox.set(box, (perBox.get(box) || []).concat([{ tekst: w.tekst, x: x, y: (w.y - t.dy) / t.s, grootte: w.grootte / t.s }])); }
    });
    if (!perBox.size) { return null; }
    var fields = [];
    layoutOf.vakken.forEach(function (box) {
      if (perBox.has(box)) { fields.push([box.naam, box.vinkje ? true : boxText(perBox.get(box))]); }
    });
    return { velden: fields };
  }

  /** A PDF without fields -> {werkblad, velden} (read back), or a rejection key (§3a.4). */
  function lees(doc, werkbladen) {
    return D.pdfjs.woorden(doc).then(function (words) {
      if (!words.length) { throw "pdf_scan"; }
      var text = " " + words.map(function (w) { return w.tekst; }).join(" ") + " ";
      var candidates = werkbladen.filter(function (w) { return text.indexOf(" " + w.titel.split(/\s+/).join(" ")) >= 0; });
      if (!candidates.length) { throw "pdf_vreemd"; }
      return Promise.all(candidates.map(layout)).then(function (found) {
        var best = null;
        found.forEach(function (layoutOf, index) {
          var t = placement(layoutOf.woorden, words);
          if (t && (!best || t.anchors > best.t.anchors)) { best = { t: t, layout: layoutOf, werkblad: candidates[index] }; }
        });
        if (!best) { throw "pdf_plat"; }
        var answers = readBack(best.t, best.layout, words);
        if (!answers) { throw "pdf_plat"; }
        return { werkblad: best.werkblad, velden: answers.velden };
      });
    });
  }

  D.pdfPlat = { lees: lees };
})(window.Doorstroom);
