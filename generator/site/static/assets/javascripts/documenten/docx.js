/* doc-HTML -> .docx in the browser with npm docx (vendored, loaded on first use): the twin of
   generator/documents/word.py. The document tree comes from dochtml.js; styles, settings, document
   properties and the mapping (word.json) come from the site build (documenten/word-basis.js), the same
   files the Python writer uses, so the two make the same document (docs/documenten.md). */
(function (D) {
  "use strict";

  function twips(cm) { return Math.floor(cm * 567 + 0.5); }

  /** Widths in twips: as given in cm (narrowed to the text width if wider), or equal parts of it. */
  function columnWidths(breedtes, columns, textWidth) {
    if (!breedtes.length) {
      return new Array(columns).fill(Math.floor(textWidth / columns));
    }
    var widths = breedtes.map(twips);
    var total = widths.reduce(function (a, b) { return a + b; }, 0);
    if (total > textWidth) {
      var scale = textWidth / total;
      widths = widths.map(function (w) { return Math.trunc(w * scale); });
    }
    return widths;
  }

  function escapeXml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function writer(d, basis, tree) {
    var spec = basis.spec;
    var page = spec.pagina;
    var textWidth = page.breedte - 2 * page.marge;
    function id(role) { return spec.stijlen[role].id; }

    function runs(delen, vet) {
      return delen.map(function (deel) {
        if (deel.regeleinde) { return new d.TextRun({ break: 1 }); }
        var options = { text: deel.tekst };
        if (deel.link) { options.style = id("link"); }
        if (deel.vet || vet) { options.bold = true; }
        if (deel.cursief) { options.italics = true; }
        var run = new d.TextRun(options);
        return deel.link ? new d.ExternalHyperlink({ link: deel.link, children: [run] }) : run;
      });
    }

    function paragraph(role, children, extra) {
      return new d.Paragraph(Object.assign({ style: id(role), children: children }, extra || {}));
    }

    function cell(cel, width, small) {
      var look = cel.kop ? spec.cellen.kop : (cel.klasse ? spec.cellen[cel.klasse] : {});
      var options = { width: { size: width, type: d.WidthType.DXA },
        children: cel.alineas.map(function (alinea) { return paragraph(small ? "tabeltekst_klein" : "tabeltekst", runs(alinea, cel.kop)); }) };
      if (look.rand) {
        var side = { style: "single", size: look.rand, color: "000000", space: 0 };
        options.borders = { top: side, left: side, bottom: side, right: side };
      }
      if (look.vulling) { options.shading = { type: look.patroon || "clear", color: look.kleur || "auto", fill: look.vulling }; }
      return new d.TableCell(options);
    }

    function table(blok) {
      var columns = blok.kop.concat(blok.rijen)[0].length;
      var widths = columnWidths(blok.breedtes, columns, textWidth);
      var small = blok.klasse.split(/\s+/).indexOf("klein") >= 0;  // a wide table: 8 pt
      var rows = blok.kop.map(function (r) { return [true, r]; }).concat(blok.rijen.map(function (r) { return [false, r]; }))
        .map(function (pair) {
          return new d.TableRow({ cantSplit: true, tableHeader: pair[0] || undefined,
            children: pair[1].map(function (cel, i) { return cell(cel, widths[i], small); }) });
        });
      return new d.Table({ style: id("tabel"), layout: d.TableLayoutType.FIXED,
        width: { size: widths.reduce(function (a, b) { return a + b; }, 0), type: d.WidthType.DXA },
        columnWidths: widths, rows: rows });
    }

    var blocks = [];
    tree.blokken.forEach(function (blok) {
      if (blok.soort === "alinea") {
        blocks.push(paragraph(blok.stijl, runs(blok.delen)));
      } else if (blok.soort === "inhoud") {
        blocks.push(paragraph("inhoudkop", [new d.TextRun(blok.kop)]));
        blocks.push(new d.TableOfContents(blok.kop, { hyperlink: true, headingStyleRange: "1-2",
          useAppliedParagraphOutlineLevel: true, hideTabAndPageNumbersInWebView: true }));
      } else if (blok.soort === "lijst") {
        blok.items.forEach(function (item) {
          blocks.push(paragraph((item.nummer ? "nummering" : "opsomming") + item.niveau, runs(item.delen),
            { numbering: { reference: item.nummer ? "nummering" : "opsomming", level: item.niveau - 1, instance: item.nummer } }));
        });
      } else if (blok.soort === "tabel") {
        blocks.push(table(blok));
        blocks.push(paragraph("klein", []));  // room after the table, as Word leaves it
      } else if (blok.soort === "pagina-einde") {
        blocks.push(new d.Paragraph({ children: [new d.PageBreak()] }));
      }
    });

    var words = spec.voettekst;
    var lead = tree.voettekst ? tree.voettekst + words.tussen + words.pagina
      : words.pagina.charAt(0).toUpperCase() + words.pagina.slice(1);
    var footer = new d.Footer({ children: [paragraph("voettekst", [new d.TextRun(lead),
      new d.TextRun({ children: [d.PageNumber.CURRENT] }), new d.TextRun(words.van),
      new d.TextRun({ children: [d.PageNumber.TOTAL_PAGES] })])] });
    var numbering = ["opsomming", "nummering"].map(function (kind) {
      return { reference: kind, levels: spec.lijsten[kind].map(function (level, i) {
        return { level: i, format: level.formaat, text: level.tekst, alignment: d.AlignmentType.LEFT,
          style: { paragraph: { indent: { left: level.links, hanging: level.hangend } } } };
      }) };
    });
    return new d.Document({
      title: tree.titel, subject: tree.onderwerp, creator: "Doorstroomtoolkit", lastModifiedBy: "Doorstroomtoolkit",
      features: { updateFields: true },
      numbering: { config: numbering },
      sections: [{
        properties: { page: { size: { width: page.breedte, height: page.hoogte },
          margin: { top: page.marge, right: page.marge, bottom: page.marge, left: page.marge,
            header: page.koptekst, footer: page.voettekst, gutter: 0 } } },
        footers: { default: footer },
        children: blocks
      }]
    });
  }

  /** The parts both writers share, in place of the library's own (styles, settings, who made it and when). */
  function overrides(basis, tree) {
    var values = { titel: escapeXml(tree.titel), onderwerp: escapeXml(tree.onderwerp), datum: tree.datum };
    var core = basis.core.replace(/\{(titel|onderwerp|datum)\}/g, function (_, key) { return values[key]; });
    return [{ path: "word/styles.xml", data: basis.stijlen }, { path: "word/settings.xml", data: basis.instellingen },
      { path: "docProps/core.xml", data: core }, { path: "docProps/app.xml", data: basis.app }];
  }

  /** Promise of the .docx bytes of a doc-HTML document (rejects with a DocHtmlFout on anything outside it). */
  function vanHtml(html) {
    var tree;
    try {
      tree = D.dochtml.lees(html);
    } catch (error) {
      return Promise.reject(error);
    }
    return D.laden.docx().then(function (lib) {
      var basis = D.wordBasis;
      return lib.Packer.pack(writer(lib, basis, tree), "uint8array", false, overrides(basis, tree));
    });
  }

  D.docx = { vanHtml: vanHtml };
})(window.Doorstroom = window.Doorstroom || {});
