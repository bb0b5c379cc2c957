/* Whom a sheet is from, and the notes about it in file order (docs/overzicht-regels.md §5, §7): the
   functions of generator/overview/merge.py (sheet_labels, sheet_notes, in_file_order), line by line.
   A sheet is {bestand, werkblad, organisatie, antwoorden, meldingen}; a note {bestand, melding}. */
(function (D) {
  "use strict";
  var rules = D.regels;

  /** A file named in a note about another file: its name without folders. */
  function bestandsnaam(bestand) {
    var parts = delen(bestand);
    return parts.length ? parts[parts.length - 1] : "";
  }

  /** The parts of a path as PurePosixPath gives them (a '\' is a separator too). */
  function delen(bestand) {
    var path = bestand.replace(/\\/g, "/");
    var parts = path.split("/").filter(function (p) { return p !== "" && p !== "."; });
    return path.charAt(0) === "/" ? ["/"].concat(parts) : parts;
  }

  function vergelijkPaden(a, b) {
    var x = delen(a), y = delen(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var order = D.bestanden.vergelijk(x[i], y[i]);
      if (order !== 0) { return order; }
    }
    return x.length - y.length;
  }

  function sleutel(naam) { return naam.split(/\s+/).filter(Boolean).join(" ").toLowerCase(); }

  /** One label per sheet: {naam, eerste (the first file of the same organisation) | null, bestandsnaam}.
      Names equal after case and space folding are one organisation; a sheet that names nobody is
      called after its file (the whole path when that name is taken) and is never merged. */
  function bladLabels(sheets) {
    var first = new Map();
    var fileLabels = new Set();
    return sheets.map(function (sheet) {
      if (sheet.organisatie) {
        var key = sleutel(sheet.organisatie);
        if (!first.has(key)) { first.set(key, [sheet.organisatie, sheet.bestand]); }
        var found = first.get(key);
        return { naam: found[0], eerste: found[1] !== sheet.bestand ? found[1] : null, bestandsnaam: false };
      }
      var naam = bestandsnaam(sheet.bestand);
      if (fileLabels.has(naam)) { naam = sheet.bestand; }
      fileLabels.add(naam);
      return { naam: naam, eerste: null, bestandsnaam: true };
    });
  }

  /** The notes about one used sheet, in the order of §7. */
  function bladMeldingen(bestand, label, placeholders, empty) {
    var notes = [];
    var note = function (text) { notes.push({ bestand: bestand, melding: text }); };
    if (label.bestandsnaam) { note(rules.melding("naar_bestandsnaam", { naam: label.naam })); }
    if (placeholders) {
      note(placeholders === 1 ? rules.melding("opvulwaarde") : rules.melding("opvulwaarden", { aantal: placeholders }));
    }
    if (empty) { note(rules.melding("leeg_ingeleverd")); }
    if (label.eerste) { note(rules.melding("samengevoegd", { eerste: bestandsnaam(label.eerste), organisatie: label.naam })); }
    return notes;
  }

  /** Reading notes (in file order) and the notes made while combining (one list per sheet), per file:
      merge.in_file_order. A reading note about a file that is not a sheet goes after the sheets whose
      path sorts before it. */
  function inBestandsvolgorde(sheets, readingNotes, ownNotes) {
    var index = new Map();
    sheets.forEach(function (sheet, i) { index.set(sheet.bestand, i); });
    var placed = new Set();
    readingNotes.forEach(function (note) { if (index.has(note.bestand)) { placed.add(index.get(note.bestand)); } });
    var result = [];
    var done = 0;
    readingNotes.forEach(function (note, position) {
      var sheet = index.has(note.bestand) ? index.get(note.bestand) : null;
      while (done < sheets.length && (sheet !== null ? done < sheet
        : !placed.has(done) && vergelijkPaden(sheets[done].bestand, note.bestand) < 0)) {
        result = result.concat(ownNotes[done]);
        done += 1;
      }
      result.push(note);
      var lastOfFile = position + 1 === readingNotes.length || readingNotes[position + 1].bestand !== note.bestand;
      if (sheet !== null && lastOfFile && done === sheet) {
        result = result.concat(ownNotes[sheet]);
        done += 1;
      }
    });
    ownNotes.slice(done).forEach(function (notes) { result = result.concat(notes); });
    return result;
  }

  D.labels = { bladLabels: bladLabels, bladMeldingen: bladMeldingen, inBestandsvolgorde: inBestandsvolgorde,
    bestandsnaam: bestandsnaam, sleutel: sleutel };
})(window.Doorstroom);
