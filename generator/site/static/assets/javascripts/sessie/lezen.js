/* One file -> an accepted sheet or a rejection with its reason; never an exception (the page must
   keep going with the other files). The checks after reading follow §4.8-§4.10 for every kind. */
(function (D) {
  "use strict";
  var rules = D.regels;

  function unknownFields(answers, werkblad) {
    var known = {};
    werkblad.velden.forEach(function (v) { known[v.naam] = true; });
    var unknown = Object.keys(answers).filter(function (name) { return !known[name]; });
    unknown.sort(D.bestanden.vergelijk);
    if (!unknown.length) { return; }
    var shown = unknown.slice(0, 5).map(D.tekst.eenRegel).join(", ");
    if (unknown.length > 5) { shown = rules.reden("onbekende_velden_meer", { namen: shown, aantal: unknown.length - 5 }); }
    throw rules.afwijzen("onbekende_velden", { namen: shown });
  }

  /** A whole number typed in a text field is text ("12"; 1.0 and 1e3 are "1" and "1000"), up to
      2^53 - 1; other numbers stay numbers (and are refused). Booleans are not numbers. */
  function numberAsText(value) {
    return typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
      ? String(value) : value;
  }

  /** Every contract field but the label fields with its value: text cleaned, checkboxes true/false. */
  function completeAnswers(answers, werkblad) {
    var result = {};
    werkblad.velden.forEach(function (v) {
      if (D.gegevens.labelvelden.indexOf(v.naam) >= 0) { return; }
      var value = Object.prototype.hasOwnProperty.call(answers, v.naam) ? answers[v.naam] : null;
      if (value === undefined) { value = null; }
      if (v.soort === "checkbox") {
        if (value !== null && typeof value !== "boolean") { throw rules.fout("fout_vinkje", { naam: v.naam }); }
        result[v.naam] = value === true;
      } else {
        value = numberAsText(value);
        if (value !== null && typeof value !== "string") { throw rules.fout("fout_tekst", { naam: v.naam }); }
        result[v.naam] = D.tekst.schoon(value || "");
      }
    });
    return result;
  }

  /** The werkblad that this job takes, as an `accept` function: null, or the reason for refusing. */
  function alleen(werkbladId) {
    var wanted = D.gegevens.werkbladen.filter(function (w) { return w.id === werkbladId; })[0];
    return function (found) {
      return found.id === wanted.id ? null : rules.reden("ander_werkblad", { gevonden: found.titel, verwacht: wanted.titel });
    };
  }

  /** {naam, bytes} -> Promise of {bestand, blad}, {bestand, plan} (a session plan) or {bestand, reden}. */
  function bestand(file, accept) {
    var werkbladen = D.gegevens.werkbladen;
    return Promise.resolve().then(function () {
      if (file.teGroot) { throw rules.afwijzen("te_groot", { mb: rules.maxMb }); }
      if (file.onleesbaar) { throw rules.afwijzen("onleesbaar", { oorzaak: "leesfout" }); }
      var kind = D.bestanden.soort(file.naam, file.bytes);
      return kind === "pdf" ? D.pdfLezen.lees(file.bytes, werkbladen, accept)
        : D.antwoordbestand.lees(file.naam, file.bytes, werkbladen, accept);
    }).then(function (raw) {
      if (raw.plan) { return { bestand: file.naam, plan: raw.plan }; }  // a session plan, not a sheet (§4.0)
      unknownFields(raw.antwoorden, raw.werkblad);
      var answers = completeAnswers(raw.antwoorden, raw.werkblad);
      var hasOrganisation = raw.werkblad.labelveld === D.gegevens.organisatieveld;
      var organisatie = raw.werkblad.labelveld ? D.tekst.eenRegel(raw.organisatie || "") : "";
      if (hasOrganisation && !organisatie) { throw rules.afwijzen("geen_organisatie"); }
      return { bestand: file.naam, blad: { werkblad: raw.werkblad.id, organisatie: organisatie, antwoorden: answers, meldingen: raw.meldingen } };
    }).catch(function (error) {
      if (error instanceof rules.Afwijzing) { return { bestand: file.naam, reden: error.reden }; }
      var kind = (error && error.name) || typeof error;
      return { bestand: file.naam, reden: rules.reden("interne_fout", { soort: kind }) };
    });
  }

  D.lezen = { bestand: bestand, alleen: alleen };
})(window.Doorstroom);
