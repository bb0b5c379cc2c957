/* The sheets of one werkblad -> its part of sessie.json: generator/session/prepare.py and combine.py,
   line by line. One combiner per layout type; nothing here knows a werkblad by name, the werkblad's
   YAML (D.gegevens.verslag.werkbladen[id].blad) says which questions, fasen and indicators there are. */
(function (D) {
  "use strict";

  /** Label and clean the sheets of one werkblad, in input order: {bladen: [{bestand, label, antwoorden}],
      meldingen}. Free-text answers stay whole, without their placeholder lines. */
  function voorbereiden(sheets) {
    var bladen = [];
    var meldingen = [];
    var labels = D.labels.bladLabels(sheets);
    sheets.forEach(function (sheet, i) {
      var antwoorden = {};
      var placeholders = 0;
      Object.keys(sheet.antwoorden).forEach(function (name) {
        var value = sheet.antwoorden[name];
        if (typeof value === "string") {
          var found = D.tekst.antwoord(value);
          value = found.tekst;
          placeholders += found.opvulwaarden;
        }
        antwoorden[name] = value;
      });
      var empty = !Object.keys(antwoorden).some(function (name) { return Boolean(antwoorden[name]); });
      meldingen = meldingen.concat(D.labels.bladMeldingen(sheet.bestand, labels[i], placeholders, empty));
      bladen.push({ bestand: sheet.bestand, label: labels[i].naam, antwoorden: antwoorden });
    });
    return { bladen: bladen, meldingen: meldingen };
  }

  /** Every non-empty answer in one field, side by side; the same text from the same label once. */
  function answers(bladen, field) {
    var result = [];
    var seen = new Set();
    bladen.forEach(function (blad) {
      var tekst = blad.antwoorden[field];
      var key = JSON.stringify([blad.label, tekst]);
      if (typeof tekst === "string" && tekst && !seen.has(key)) {
        seen.add(key);
        result.push({ organisatie: blad.label, tekst: tekst });
      }
    });
    return result;
  }

  /** The labels of the sheets on which a checkbox is ticked (each once, in sheet order). */
  function ticked(bladen, field) {
    var labels = [];
    bladen.forEach(function (b) { if (b.antwoorden[field] === true && labels.indexOf(b.label) < 0) { labels.push(b.label); } });
    return labels;
  }

  function klantreis(blad, bladen) {
    return { fasen: blad.stappen.map(function (stap) { return { fase: stap.fase, antwoorden: answers(bladen, stap.fase) }; }) };
  }

  function vragen(blad, bladen) {
    var questions = blad.type === "vragen" ? blad.vragen.map(function (v) { return [v.id, v.tekst]; })
      : blad.themas.map(function (t) { return [t.id, t.naam]; });
    return { vragen: questions.map(function (q) { return { id: q[0], tekst: q[1], antwoorden: answers(bladen, q[0]) }; }) };
  }

  function indicatoren(blad, bladen) {
    var list = [];
    blad.groepen.forEach(function (groep) {
      groep.indicatoren.forEach(function (indicator) {
        list.push({
          id: indicator.id,
          tekst: indicator.tekst,
          groep: groep.id,
          beschikbaar: ticked(bladen, indicator.id + "__beschikbaar"),
          opnemen: ticked(bladen, indicator.id + "__opnemen"),
          toelichting: answers(bladen, indicator.id + "__toelichting")
        });
      });
    });
    var gekozen = {};
    blad.groepen.forEach(function (g) { if (g.aanvinkbaar) { gekozen[g.id] = ticked(bladen, g.id + "__gekozen"); } });
    var aantekeningen = blad.aantekeningen ? answers(bladen, D.gegevens.verslag.aantekeningen) : [];
    return { indicatoren: list, gekozen: gekozen, aantekeningen: aantekeningen };
  }

  D.combineren = {
    voorbereiden: voorbereiden,
    /** Layout type -> combiner(blad, bladen) (session/combine.py COMBINERS). */
    per: { klantreis: klantreis, vragen: vragen, themas: vragen, indicatoren: indicatoren }
  };
})(window.Doorstroom);
