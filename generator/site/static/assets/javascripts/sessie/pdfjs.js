/* What pdf.js tells about a PDF: the words on its pages with their place, its form fields and its
   annotations. Used only where pdf-lib cannot help: an encrypted PDF, or one without fields
   (printed to PDF or flattened). Loaded on first use. */
(function (D) {
  "use strict";

  /** The document, or a rejection key: "pdf_wachtwoord" (needs a password) or "pdf_kapot". */
  function open(bytes) {
    return D.laden.pdfJs().then(function (pdfjsLib) {
      var task = pdfjsLib.getDocument({
        data: bytes.slice(),  // pdf.js takes the buffer over; the caller keeps its copy
        isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
        verbosity: 0, enableXfa: false
      });
      return task.promise.catch(function (error) {
        throw error && error.name === "PasswordException" ? "pdf_wachtwoord" : "pdf_kapot";
      });
    });
  }

  /** Every word of every page: {pagina, tekst, x (centre), y (baseline), grootte}. pdf.js gives runs of
      text; a run is split at spaces and each word gets its share of the run's width. */
  function woorden(doc) {
    var pages = [];
    for (var i = 1; i <= doc.numPages; i++) { pages.push(i); }
    return Promise.all(pages.map(function (number) {
      return doc.getPage(number).then(function (page) { return page.getTextContent(); }).then(function (content) {
        var words = [];
        content.items.forEach(function (item) {
          if (!item.str || !item.transform) { return; }
          var t = item.transform;
          var size = Math.hypot(t[2], t[3]) || item.height || 1;
          var length = item.str.length;
          var pattern = /\S+/g;
          var match;
          while ((match = pattern.exec(item.str)) !== null) {
            var start = match.index / length;
            var end = (match.index + match[0].length) / length;
            words.push({ pagina: number - 1, tekst: match[0], x: t[4] + item.width * (start + end) / 2, y: t[5], grootte: size });
          }
        });
        return words;
      });
    })).then(function (perPage) { return [].concat.apply([], perPage); });
  }

  /** Form fields and annotations in the shape pdf-velden.js gives (for encrypted PDFs and blank sheets). */
  function formulier(doc) {
    var pages = [];
    for (var i = 1; i <= doc.numPages; i++) { pages.push(i); }
    return Promise.all([
      doc.getFieldObjects(),
      Promise.all(pages.map(function (n) { return doc.getPage(n).then(function (page) { return page.getAnnotations(); }); }))
    ]).then(function (found) {
      var objects = found[0] || {};
      var fields = [];
      Object.keys(objects).forEach(function (name) {
        var widgets = objects[name].filter(function (o) { return o.type !== undefined; });
        if (!widgets.length) { return; }
        var first = widgets[0];
        if (first.type === "checkbox" || first.type === "radiobutton" || first.type === "button") {
          fields.push([name, widgets.some(function (w) { return w.value !== undefined && w.value !== null && w.value !== "Off" && w.value !== ""; })]);
        } else {
          var value = first.value;
          fields.push([name, Array.isArray(value) ? value.join("\n") : (value === undefined || value === null ? "" : String(value))]);
        }
      });
      var widgets = [];
      var annotations = [];
      found[1].forEach(function (annots, index) {
        annots.forEach(function (a) {
          var rect = D.pdfVelden.rechthoek(a.rect);
          if (a.subtype === "Widget" && a.fieldName) {
            widgets.push({ pagina: index, naam: a.fieldName, rect: rect, vinkje: a.checkBox === true });
          } else if (a.subtype === "FreeText" || a.subtype === "Ink" || a.subtype === "Stamp") {
            annotations.push({ pagina: index, soort: a.subtype, rect: rect, tekst: (a.contentsObj && a.contentsObj.str) || "" });
          }
        });
      });
      return { velden: fields, widgets: widgets, annotaties: annotations };
    });
  }

  D.pdfjs = { open: open, woorden: woorden, formulier: formulier };
})(window.Doorstroom);
