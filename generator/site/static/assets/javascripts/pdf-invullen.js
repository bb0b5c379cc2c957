/* Fill one of our blank PDFs in the browser and draw every filled field ourselves, in the shipped Open Sans
   (embedded), so that every viewer shows the same thing: at the field's own size (9 pt on A4), a step
   smaller where the text does not fit but never under 7 pt (the rest is cut on paper; the value stays
   whole), the rules of generator/pdf/fill.py. The field values stay the exact text; the PDF keeps its
   set-up (/Helv in the DA) for anyone who edits it later in another program.
   Shared by the werkblad form's download (werkblad-formulier.js) and the pre-filled sheets of
   "Sessie voorbereiden"; loaded on first use. */
(function (D) {
  "use strict";
  var PAD = 2, LEADING = 1.2, MIN_PT = 7, STEP_PT = 0.5;

  /** The sizes to try, largest first: from the field's own size (its DA) down to 7 pt. */
  function sizes(textField) {
    var match = /([\d.]+)\s+Tf/.exec(textField.acroField.getDefaultAppearance() || "");
    var start = match && parseFloat(match[1]) > 0 ? parseFloat(match[1]) : 9;
    var list = [];
    for (var size = start; size >= MIN_PT - 0.001; size -= STEP_PT) { list.push(size); }
    return list;
  }

  function decode(text) { return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); }); }

  // Characters the font cannot draw become "?" in the picture; the value keeps them.
  function drawable(value, known) {
    return Array.from(value.replace(/\r\n?/g, "\n")).map(function (c) {
      return c === "\n" || known.has(c.codePointAt(0)) ? c : "?";
    }).join("");
  }

  function lines(lib, text, font, size, width, multiline) {
    if (!multiline) { return [text.replace(/\n/g, " ")]; }
    return lib.layoutMultilineText(text, { alignment: lib.TextAlignment.Left, fontSize: size, font: font,
      bounds: { x: 0, y: 0, width: width, height: 1e6 } }).lines.map(function (line) { return line.text; });
  }

  function drawText(lib, textField, value, font, known) {
    var da = textField.acroField.getDefaultAppearance();
    var shown = drawable(value, known);
    var multiline = textField.isMultiline();
    var rect = textField.acroField.getWidgets()[0].getRectangle();
    var width = rect.width - 2 * PAD, height = rect.height - 2 * PAD;
    var options = sizes(textField);
    var size = options.filter(function (s) {
      var rows = lines(lib, shown, font, s, width, multiline);
      return s * (1 + (rows.length - 1) * LEADING) <= height &&
        rows.every(function (row) { return font.widthOfTextAtSize(row, s) <= width; });
    })[0] || options[options.length - 1];
    var rows = lines(lib, shown, font, size, width, multiline);
    var top = multiline ? rect.height - PAD - size : (rect.height - 0.7 * size) / 2;
    textField.updateAppearances(font, function () {
      return lib.drawTextField({
        x: 0, y: 0, width: rect.width, height: rect.height, borderWidth: 0, padding: 1,
        color: undefined, borderColor: undefined, textColor: lib.grayscale(0), font: font.name, fontSize: size,
        textLines: rows.map(function (row, i) {
          return { encoded: font.encodeText(row), x: PAD, y: top - i * size * LEADING };
        })
      });
    });
    textField.acroField.setValue(lib.PDFHexString.fromText(value));
    if (da) { textField.acroField.setDefaultAppearance(da); }
  }

  /** The blank PDF (bytes) with `values` ({field name: text or true/false}) filled in and drawn; field names
      the PDF does not have are left out. `lib` is pdf-lib, `fontkit` @pdf-lib/fontkit, `fontBytes` the
      field font (pdf/veldletter.ttf.js). A Promise of the new PDF's bytes. */
  function vul(lib, fontkit, blank, fontBytes, values) {
    return lib.PDFDocument.load(blank).then(function (pdf) {
      pdf.registerFontkit(fontkit);
      return pdf.embedFont(fontBytes, { subset: true }).then(function (font) {
        var known = new Set(font.getCharacterSet());
        var pdfForm = pdf.getForm();
        var names = {};
        pdfForm.getFields().forEach(function (f) { names[f.getName()] = true; });
        Object.keys(values).forEach(function (name) {
          var value = values[name];
          if (!names[name]) { return; }
          if (value === true) { pdfForm.getCheckBox(name).check(); }
          else if (value === false) { pdfForm.getCheckBox(name).uncheck(); }
          else if (value) { drawText(lib, pdfForm.getTextField(name), value, font, known); }
        });
        // Our appearances are complete: viewers show them instead of drawing their own.
        pdfForm.acroForm.dict.set(lib.PDFName.of("NeedAppearances"), lib.PDFBool.False);
        return pdf.save({ updateFieldAppearances: false });
      });
    });
  }

  D.pdfInvullen = { vul: vul, decode: decode };
})(window.Doorstroom = window.Doorstroom || {});
