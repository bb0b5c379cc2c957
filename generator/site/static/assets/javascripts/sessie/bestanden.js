/* Which files, in which order, and what kind each is (docs/overzicht-regels.md §1 and §2). */
(function (D) {
  "use strict";
  var rules = D.regels;
  var ROMMEL = D.gegevens.regels.rommel;
  var ANSWER_EXTENSIONS = { json: true, yaml: true, yml: true };

  /** Junk of other programs is skipped without a word (regels.json "rommel", as the CLI does in a
      folder and both do in a ZIP): a name that starts with '.' or '~$', Thumbs.db, desktop.ini, and
      everything in a __MACOSX folder. */
  function overslaan(pad) {
    var parts = pad.split("/");
    return parts.some(function (part) {
      return ROMMEL.voorvoegsels.some(function (p) { return part.indexOf(p) === 0; }) || ROMMEL.namen.indexOf(part.toLowerCase()) >= 0;
    }) || parts.slice(0, -1).some(function (part) { return ROMMEL.mappen.indexOf(part.toLowerCase()) >= 0; });
  }

  function codepoints(text) { return Array.from(text, function (c) { return c.codePointAt(0); }); }

  function compareParts(a, b) {
    var x = codepoints(a);
    var y = codepoints(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) { return x[i] - y[i]; }
    }
    return x.length - y.length;
  }

  /** Sorted on the parts of the relative path (folder by folder, characters by code point), like the CLI. */
  function volgorde(files) {
    return files.slice().sort(function (a, b) {
      var x = a.naam.split("/");
      var y = b.naam.split("/");
      for (var i = 0; i < Math.min(x.length, y.length); i++) {
        var order = compareParts(x[i], y[i]);
        if (order !== 0) { return order; }
      }
      return x.length - y.length;
    });
  }

  function extension(name) {
    var base = name.split("/").pop();
    var dot = base.lastIndexOf(".");
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  }

  function onlyWhitespace(bytes) {
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0b && b !== 0x0c) { return false; }
    }
    return true;
  }

  function contains(bytes, text, start, end) {
    outer: for (var i = Math.max(0, start); i <= Math.min(bytes.length, end) - text.length; i++) {
      for (var j = 0; j < text.length; j++) {
        if (bytes[i + j] !== text.charCodeAt(j)) { continue outer; }
      }
      return true;
    }
    return false;
  }

  /** "pdf" or "antwoord"; anything else is rejected here with its reason (content first, then name).
      A ZIP is unpacked before this (inlezen.js); here it can only be one that was not. */
  function soort(naam, bytes) {
    if (bytes.length > rules.maxBytes) { throw rules.afwijzen("te_groot", { mb: rules.maxMb }); }
    if (onlyWhitespace(bytes)) { throw rules.afwijzen("leeg"); }
    if (D.zip.isZip(bytes)) { throw rules.afwijzen(D.zip.isDocument(naam) ? "onbekend_soort" : "zip_kapot"); }
    if (contains(bytes, "%PDF-", 0, 1024)) { return "pdf"; }
    var ext = extension(naam);
    if (ext === "pdf") { throw rules.afwijzen("geen_pdf"); }
    if (ext === "zip") { throw rules.afwijzen("zip_kapot"); }
    if (ANSWER_EXTENSIONS[ext]) { return "antwoord"; }
    throw rules.afwijzen("onbekend_soort");
  }

  D.bestanden = {
    overslaan: overslaan,
    volgorde: volgorde,
    soort: soort,
    extensie: extension,
    vergelijk: compareParts,
    bevat: contains,
    /** The name without folders (notes that mention another file use only that). */
    naam: function (pad) { return pad.split("/").pop(); }
  };
})(window.Doorstroom);
