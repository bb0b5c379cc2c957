/* A filled PDF -> {werkblad, organisatie, antwoorden, meldingen} (docs/overzicht-regels.md §3, the
   steps of generator/readers/pdf.py). pdf-lib reads the form (fast); pdf.js only steps in for an
   encrypted PDF (pdf-lib cannot decrypt) or one without fields (its words, §3a). */
(function (D) {
  "use strict";
  var rules = D.regels;

  function complete(bytes) {
    return D.bestanden.bevat(bytes, "%%EOF", bytes.length - 1024, bytes.length);
  }

  /** The werkblad with the most contract fields among the names (label fields not counted); ties: toolkit order. */
  function whichWerkblad(werkbladen, names) {
    var best = null;
    var bestOverlap = 0;
    werkbladen.forEach(function (w) {
      var overlap = w.velden.filter(function (v) { return D.gegevens.labelvelden.indexOf(v.naam) < 0 && names.has(v.naam); }).length;
      if (overlap > bestOverlap) { best = w; bestOverlap = overlap; }
    });
    return best;
  }

  /** One text box, drawing or stamp that lies in the box of `veld` (null: in no box), §3.6. */
  function annotatie(annotation, veld, answers, notes) {
    if (annotation.tekst === null) {
      if (veld) { notes.push(rules.melding("tekening", { veld: veld.label })); }
      return;
    }
    if (!D.tekst.heeftTekst(annotation.tekst)) { return; }
    if (!veld) {
      notes.push(rules.melding("tekstvak_buiten", { tekst: D.tekst.eenRegel(annotation.tekst) }));
    } else if (veld.soort === "checkbox") {
      answers[veld.naam] = true;
      notes.push(rules.melding("tekstvak_vinkje", { tekst: D.tekst.eenRegel(annotation.tekst), veld: veld.label }));
    } else {
      var current = answers[veld.naam] || "";
      answers[veld.naam] = current ? current + "\n" + annotation.tekst : annotation.tekst;
      notes.push(rules.melding("tekstvak_gelezen", { veld: veld.label }));
    }
  }

  /** The contract field whose widget (same page) holds the centre; where boxes overlap, the one whose
      top-left corner is nearest (PDF y grows upwards: the top is rect[3]). */
  function fieldAt(annotation, boxes) {
    var x = annotation.midden[0], y = annotation.midden[1];
    var best = null, distance = Infinity;
    boxes.forEach(function (b) {
      var r = b.rect;
      if (b.pagina === annotation.pagina && r[0] <= x && x <= r[2] && r[1] <= y && y <= r[3]) {
        var d = Math.hypot(x - r[0], y - r[3]);
        if (d < distance) { best = b.veld; distance = d; }
      }
    });
    return best;
  }

  function fromForm(form, werkbladen) {
    var werkblad = whichWerkblad(werkbladen, new Set(form.velden.map(function (f) { return f.naam; })));
    if (!werkblad) { throw rules.afwijzen("pdf_vreemd"); }
    var velden = {};
    werkblad.velden.forEach(function (v) { velden[v.naam] = v; });
    var answers = {};
    var has = function (name) { return Object.prototype.hasOwnProperty.call(answers, name); };
    form.velden.forEach(function (f) {
      var veld = velden[f.naam];
      if (!veld) {
        if (!has(f.naam)) { answers[f.naam] = ""; }  // not ours: named in the rejection (onbekende_velden)
      } else if (veld.soort === "checkbox") {
        answers[f.naam] = (has(f.naam) && answers[f.naam] === true) || f.aan;
      } else {  // the same name twice (two widgets saved as two fields): the first text counts
        answers[f.naam] = (has(f.naam) && answers[f.naam]) || f.tekst;
      }
    });
    var notes = [];
    var boxes = [];
    form.velden.forEach(function (f) {
      if (velden[f.naam]) { f.widgets.forEach(function (w) { boxes.push({ veld: velden[f.naam], pagina: w.pagina, rect: w.rect }); }); }
    });
    form.annotaties.forEach(function (a) { annotatie(a, fieldAt(a, boxes), answers, notes); });
    return { werkblad: werkblad, antwoorden: answers, meldingen: notes };
  }

  function finish(found, accept) {
    var refusal = accept(found.werkblad);
    if (refusal) { throw new rules.Afwijzing(refusal); }
    var field = found.werkblad.labelveld;
    var organisatie = field ? found.antwoorden[field] || "" : "";
    if (field) { delete found.antwoorden[field]; }
    return { werkblad: found.werkblad, organisatie: String(organisatie), antwoorden: found.antwoorden, meldingen: found.meldingen };
  }

  function rejectKey(key) { throw typeof key === "string" ? rules.afwijzen(key) : key; }

  /** A PDF without fields: its words (pdf.js) laid over the layouts of the werkbladen (§3a). */
  function flattened(doc, form, werkbladen) {
    return D.laden.opmaak().then(function () {
      return D.pdfjs.woorden(doc, D.pdfPlat.paginas()).catch(function () { throw "pdf_kapot"; });
    }).then(function (pages) {
      return D.pdfPlat.lees(pages, form, werkbladen);
    }).catch(rejectKey);
  }

  /** pdf.js: encrypted PDFs (fields and annotations via pdf.js) and PDFs without any field. */
  function withPdfJs(bytes, werkbladen, form) {
    return D.pdfjs.open(bytes).catch(rejectKey).then(function (doc) {
      var found = form ? Promise.resolve(form) : D.pdfjs.formulier(doc);
      return found.then(function (read) {
        return read.velden.length ? fromForm(read, werkbladen) : flattened(doc, read, werkbladen);
      }).then(function (result) { doc.destroy(); return result; }, function (error) { doc.destroy(); throw error; });
    });
  }

  function lees(bytes, werkbladen, accept) {
    if (!complete(bytes)) { return Promise.reject(rules.afwijzen("pdf_kapot")); }
    return D.laden.pdfLib().then(function (PDFLib) {
      return D.pdfVelden.lees(PDFLib, bytes).then(function (form) {
        return form.velden.length ? fromForm(form, werkbladen) : withPdfJs(bytes, werkbladen, form);
      }, function (error) {
        if (error && error.versleuteld) { return withPdfJs(bytes, werkbladen, null); }
        throw rules.afwijzen("pdf_kapot");
      });
    }).then(function (found) { return finish(found, accept); });
  }

  D.pdfLezen = { lees: lees, annotatie: annotatie };
})(window.Doorstroom);
