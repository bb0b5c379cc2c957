/* A filled PDF -> {werkblad, organisatie, antwoorden, meldingen} (docs/overzicht-regels.md §3).
   pdf-lib reads the form (fast); pdf.js only steps in for an encrypted PDF or one without fields. */
(function (D) {
  "use strict";
  var rules = D.regels;

  function complete(bytes) {
    return D.bestanden.bevat(bytes, "%%EOF", bytes.length - 1024, bytes.length);
  }

  /** The werkblad with the most contract fields among the names (organisatie not counted); ties: toolkit order. */
  function whichWerkblad(werkbladen, names) {
    var best = null;
    var bestOverlap = 0;
    werkbladen.forEach(function (w) {
      var overlap = w.velden.filter(function (v) { return v.naam !== D.gegevens.organisatieveld && names.has(v.naam); }).length;
      if (overlap > bestOverlap) { best = w; bestOverlap = overlap; }
    });
    return best;
  }

  function centre(rect) { return [(rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2]; }
  function inside(rect, point) { return point[0] >= rect[0] && point[0] <= rect[2] && point[1] >= rect[1] && point[1] <= rect[3]; }

  /** Text typed with "add text" / Fill & Sign, and drawings, placed by the box they lie in (§3.5). */
  function annotations(form, werkblad, answers, notes) {
    var fields = {};
    werkblad.velden.forEach(function (v) { fields[v.naam] = v; });
    form.annotaties.forEach(function (annotation) {
      var point = centre(annotation.rect);
      var widget = form.widgets.filter(function (w) { return w.pagina === annotation.pagina && inside(w.rect, point); })[0];
      var field = widget ? fields[widget.naam] : null;
      var label = field ? field.label : (widget ? widget.naam : "");
      if (annotation.soort !== "FreeText") {
        if (widget) { notes.push(rules.melding("tekening", { veld: label })); }
        return;
      }
      var text = D.tekst.schoon(annotation.tekst).replace(/^\s+|\s+$/g, "");
      if (!text) { return; }
      if (!widget) {
        notes.push(rules.melding("tekstvak_buiten", { tekst: D.tekst.eenRegel(text) }));
      } else if (typeof answers[widget.naam] === "boolean" || (field && field.soort === "checkbox")) {
        answers[widget.naam] = true;
        notes.push(rules.melding("tekstvak_vinkje", { tekst: D.tekst.eenRegel(text), veld: label }));
      } else {
        var before = typeof answers[widget.naam] === "string" ? answers[widget.naam] : "";
        answers[widget.naam] = before && before.replace(/\s+$/, "") ? before + "\n" + text : text;
        notes.push(rules.melding("tekstvak_gelezen", { veld: label }));
      }
    });
  }

  function fromForm(form, werkbladen, accept) {
    var names = new Set(form.velden.map(function (f) { return f[0]; }));
    var werkblad = whichWerkblad(werkbladen, names);
    if (!werkblad) { throw rules.afwijzen("pdf_vreemd"); }
    var answers = {};
    form.velden.forEach(function (f) { if (!Object.prototype.hasOwnProperty.call(answers, f[0])) { answers[f[0]] = f[1]; } });
    var notes = [];
    annotations(form, werkblad, answers, notes);
    return finish(werkblad, answers, notes, accept);
  }

  function finish(werkblad, answers, notes, accept) {
    var refusal = accept(werkblad);
    if (refusal) { throw new rules.Afwijzing(refusal); }
    var org = D.gegevens.organisatieveld;
    var organisatie = typeof answers[org] === "string" ? answers[org] : "";
    delete answers[org];
    return { werkblad: werkblad, organisatie: organisatie, antwoorden: answers, meldingen: notes };
  }

  function flattened(doc, werkbladen, accept) {
    return D.pdfPlat.lees(doc, werkbladen).then(function (found) {
      var answers = {};
      found.velden.forEach(function (f) { answers[f[0]] = f[1]; });
      return finish(found.werkblad, answers, [rules.melding("plat_gelezen")], accept);
    }, function (key) {
      throw typeof key === "string" ? rules.afwijzen(key) : key;
    });
  }

  /** Read with pdf.js: encrypted PDFs (fields via pdf.js) and PDFs without any field (§3a). */
  function withPdfJs(bytes, werkbladen, accept, encrypted) {
    return D.pdfjs.open(bytes).catch(function (key) {
      throw typeof key === "string" ? rules.afwijzen(key) : key;
    }).then(function (doc) {
      var done = function (result) { doc.destroy(); return result; };
      var failed = function (error) { doc.destroy(); throw error; };
      var form = encrypted ? D.pdfjs.formulier(doc) : Promise.resolve({ velden: [] });
      return form.then(function (found) {
        return found.velden.length ? fromForm(found, werkbladen, accept) : flattened(doc, werkbladen, accept);
      }).then(done, failed);
    });
  }

  function lees(bytes, werkbladen, accept) {
    if (!complete(bytes)) { return Promise.reject(rules.afwijzen("pdf_kapot")); }
    return D.laden.pdfLib().then(function (PDFLib) {
      return D.pdfVelden.lees(PDFLib, bytes).then(function (form) {
        return form.velden.length ? fromForm(form, werkbladen, accept) : withPdfJs(bytes, werkbladen, accept, false);
      }, function (error) {
        if (error && error.versleuteld) { return withPdfJs(bytes, werkbladen, accept, true); }
        throw rules.afwijzen("pdf_kapot");
      });
    });
  }

  D.pdfLezen = { lees: lees };
})(window.Doorstroom);
