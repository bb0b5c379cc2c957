/* Fill one of our blank PDFs in the browser and draw every filled field ourselves, in the shipped Open Sans
   (embedded), so that every viewer shows the same thing. The field values stay the exact text; the PDF
   keeps the Acrobat-style set-up (/Helv in the DA) for anyone who edits it later in another program.
   Shared by the werkblad form's download (werkblad-formulier.js) and the pre-filled sheets of
   "Sessie voorbereiden"; loaded on first use. */
(function (D) {
  "use strict";
  var PAD = 2, LEADING = 1.2, SIZES = [10, 9, 8, 7, 6, 5, 4], TEXT_DA = "/Helv 0 Tf 0 g";

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
    var shown = drawable(value, known);
    var multiline = textField.isMultiline();
    var rect = textField.acroField.getWidgets()[0].getRectangle();
    var width = rect.width - 2 * PAD, height = rect.height - 2 * PAD;
    var size = SIZES.filter(function (s) {
      var rows = lines(lib, shown, font, s, width, multiline);
      return s * (1.25 + (rows.length - 1) * LEADING) <= height &&
        rows.every(function (row) { return font.widthOfTextAtSize(row, s) <= width; });
    })[0] || SIZES[SIZES.length - 1];
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
    textField.acroField.setDefaultAppearance(TEXT_DA);
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
