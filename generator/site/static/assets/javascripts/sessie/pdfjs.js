/* What pdf.js tells about a PDF: the words on its pages with their boxes, its form fields and its
   annotations. Used only where pdf-lib cannot help: an encrypted PDF (pdf-lib cannot decrypt), or one
   without fields (printed to PDF or flattened: the words). Loaded on first use. */
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

  function pageNumbers(doc, count) {
    var numbers = [];
    for (var i = 1; i <= Math.min(doc.numPages, count); i++) { numbers.push(i); }
    return numbers;
  }

  /** The words of the first `count` pages, per page: {tekst, x0, top, x1, bottom} in points from the
      top left of the page (as the layout, docs/overzicht-regels.md §3a). pdf.js gives runs of text; a
      run is split at spaces and each word gets its share of the run's width by its number of
      characters. A letter's box runs from the font's descent to one font size above it (as pdfminer). */
  function woorden(doc, count) {
    return Promise.all(pageNumbers(doc, count).map(function (number) {
      return doc.getPage(number).then(function (page) {
        var top = page.view[3];
        return page.getTextContent().then(function (content) {
          var words = [];
          content.items.forEach(function (item) {
            if (!item.str || !item.transform) { return; }
            var t = item.transform;
            var size = Math.hypot(t[2], t[3]) || item.height || 1;
            var style = content.styles[item.fontName] || {};
            var descent = typeof style.descent === "number" ? style.descent : -0.2;
            var lower = t[5] + descent * size;
            var characters = Array.from(item.str);
            var pattern = /\S+/gu;
            var match;
            while ((match = pattern.exec(item.str)) !== null) {
              var start = Array.from(item.str.slice(0, match.index)).length / characters.length;
              var end = start + Array.from(match[0]).length / characters.length;
              words.push({ tekst: match[0], x0: t[4] + item.width * start, x1: t[4] + item.width * end,
                top: top - (lower + size), bottom: top - lower });
            }
          });
          return words;
        });
      });
    }));
  }

  /** Text boxes, drawings and stamps of every page, as pdf-velden.js gives them (encrypted PDFs). */
  function annotaties(doc) {
    return Promise.all(pageNumbers(doc, doc.numPages).map(function (n) {
      return doc.getPage(n).then(function (page) { return page.getAnnotations(); });
    })).then(function (perPage) {
      var found = [];
      perPage.forEach(function (annots, index) {
        annots.forEach(function (a) {
          if (a.subtype !== "FreeText" && a.subtype !== "Ink" && a.subtype !== "Stamp") { return; }
          var rect = D.pdfVelden.rechthoek(a.rect);
          var text = null;
          if (a.subtype === "FreeText") {
            text = (a.contentsObj && a.contentsObj.str) || "";
            if (!D.tekst.heeftTekst(text) && a.richText && a.richText.str) { text = a.richText.str; }
          }
          found.push({ pagina: index, midden: [(rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2], tekst: text });
        });
      });
      return found;
    });
  }

  /** Form fields in the shape pdf-velden.js gives (encrypted PDFs: pdf.js decrypts, pdf-lib cannot). */
  function formulier(doc) {
    return Promise.all([
      doc.getFieldObjects(),
      Promise.all(pageNumbers(doc, doc.numPages).map(function (n) {
        return doc.getPage(n).then(function (page) { return page.getAnnotations(); });
      })),
      annotaties(doc),
      Promise.all(pageNumbers(doc, doc.numPages).map(function (n) {
        return doc.getPage(n).then(function (page) { return page.view[3] - page.view[1]; });
      }))
    ]).then(function (found) {
      var objects = found[0] || {};
      var places = {};
      found[1].forEach(function (annots, index) {
        annots.forEach(function (a) {
          if (a.subtype === "Widget" && a.fieldName) {
            (places[a.fieldName] = places[a.fieldName] || []).push({ pagina: index, rect: D.pdfVelden.rechthoek(a.rect), soort: a.fieldType });
          }
        });
      });
      var fields = [];
      Object.keys(objects).forEach(function (name) {
        var widgets = objects[name].filter(function (o) { return o.type !== undefined; });
        if (!widgets.length || widgets[0].type === "signature" || (places[name] || []).some(function (p) { return p.soort === "Sig"; })) { return; }
        var values = widgets.map(function (w) { return w.value; });
        var first = values[0];
        var text = Array.isArray(first) ? first.join("\n") : (first === undefined || first === null ? "" : String(first));
        fields.push({
          naam: name, soort: "", tekst: text,
          aan: values.some(function (v) { return typeof v === "string" && v !== "" && v !== "Off"; }) || values.some(function (v) { return v === true; }),
          widgets: (places[name] || []).map(function (p) { return { pagina: p.pagina, rect: p.rect }; })
        });
      });
      return { velden: fields, annotaties: found[2], hoogtes: found[3] };
    });
  }

  D.pdfjs = { open: open, woorden: woorden, formulier: formulier, annotaties: annotaties };
})(window.Doorstroom);
