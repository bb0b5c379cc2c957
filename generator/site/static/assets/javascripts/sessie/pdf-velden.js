/* Read a PDF's form with pdf-lib: every terminal field of /AcroForm /Fields with its full name and
   value, where each widget lies, and the annotations people add (FreeText, Ink, Stamp) with their /Rect.
   The result is plain data; pdf-lezen.js decides what it means (docs/overzicht-regels.md §3). */
(function (D) {
  "use strict";

  function normalRect(numbers) {
    return [Math.min(numbers[0], numbers[2]), Math.min(numbers[1], numbers[3]),
      Math.max(numbers[0], numbers[2]), Math.max(numbers[1], numbers[3])];
  }

  /** {velden: [[name, value]], widgets: [{pagina, naam, rect}], annotaties: [{pagina, soort, rect, tekst}]};
      throws {versleuteld: true} for an encrypted PDF (pdf.js reads those). */
  function lees(PDFLib, bytes) {
    var N = PDFLib.PDFName;
    return PDFLib.PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: PDFLib.ParseSpeeds.Fastest })
      .catch(function (error) {
        // pdf-lib's error classes are ES5 subclasses of Error: instanceof does not work, the message does
        if (error && /is encrypted/.test(error.message)) { throw { versleuteld: true }; }
        throw error;
      })
      .then(function (doc) {
        var context = doc.context;
        function look(value) { return value === undefined ? undefined : context.lookup(value); }
        function get(dict, key) { return look(dict.get(N.of(key))); }
        function textOf(value) {
          if (value instanceof PDFLib.PDFString || value instanceof PDFLib.PDFHexString) { return value.decodeText(); }
          if (value instanceof PDFLib.PDFName) { return value.decodeText(); }
          return value === undefined || value === null ? null : String(value);
        }
        function numbers(array) {
          var result = [];
          for (var i = 0; array instanceof PDFLib.PDFArray && i < array.size(); i++) {
            var n = look(array.get(i));
            result.push(n instanceof PDFLib.PDFNumber ? n.asNumber() : 0);
          }
          return result.length === 4 ? normalRect(result) : null;
        }
        function isDict(value) { return value instanceof PDFLib.PDFDict; }
        function offState(value) { return value === undefined || (value instanceof PDFLib.PDFName && (value.decodeText() === "Off" || value.decodeText() === "")); }

        var fields = [];
        var widgetNames = new Map();
        var visited = new Set();

        function walk(array, parent) {
          for (var i = 0; array instanceof PDFLib.PDFArray && i < array.size(); i++) {
            var field = look(array.get(i));
            if (!isDict(field) || visited.has(field)) { continue; }
            visited.add(field);
            var partial = textOf(get(field, "T")) || "";
            var name = parent && partial ? parent + "." + partial : (partial || parent);
            var kids = get(field, "Kids");
            var kidDicts = [];
            for (var k = 0; kids instanceof PDFLib.PDFArray && k < kids.size(); k++) {
              var kid = look(kids.get(k));
              if (isDict(kid)) { kidDicts.push(kid); }
            }
            if (kidDicts.some(function (kid) { return kid.has(N.of("T")); })) {
              walk(kids, name);
              continue;
            }
            var widgets = kidDicts.length ? kidDicts : [field];
            widgets.forEach(function (widget) { widgetNames.set(widget, name); });
            var value = get(field, "V");
            if (value === undefined) {
              kidDicts.forEach(function (kid) { if (value === undefined && kid.has(N.of("V"))) { value = get(kid, "V"); } });
            }
            var type = get(field, "FT");
            if ((type instanceof PDFLib.PDFName && type.decodeText() === "Btn") || value instanceof PDFLib.PDFName) {
              var on = !offState(value);
              if (value === undefined) {  // no value at all: a filler that set only the appearance state
                on = widgets.some(function (widget) { return !offState(get(widget, "AS")); });
              }
              fields.push([name, on]);
            } else {
              fields.push([name, value === undefined ? "" : (textOf(value) || "")]);
            }
          }
        }
        var acroForm = get(doc.catalog, "AcroForm");
        if (isDict(acroForm)) { walk(get(acroForm, "Fields"), ""); }

        var widgets = [];
        var annotations = [];
        doc.getPages().forEach(function (page, index) {
          var annots = get(page.node, "Annots");
          for (var i = 0; annots instanceof PDFLib.PDFArray && i < annots.size(); i++) {
            var annot = look(annots.get(i));
            if (!isDict(annot)) { continue; }
            var subtype = textOf(get(annot, "Subtype"));
            var rect = numbers(get(annot, "Rect"));
            if (!rect) { continue; }
            if (widgetNames.has(annot)) {
              widgets.push({ pagina: index, naam: widgetNames.get(annot), rect: rect });
            } else if (subtype === "FreeText" || subtype === "Ink" || subtype === "Stamp") {
              annotations.push({ pagina: index, soort: subtype, rect: rect, tekst: textOf(get(annot, "Contents")) || "" });
            }
          }
        });
        return { velden: fields, widgets: widgets, annotaties: annotations };
      });
  }

  D.pdfVelden = { lees: lees, rechthoek: normalRect };
})(window.Doorstroom);
