/* The overview as an Excel workbook (exceljs, loaded only for this button): sheets Matrix, Items,
   Meldingen and Niet verwerkt; names instead of ids, a status column, a styled, frozen and
   filterable header row. Text is always stored as text, so nothing a participant typed can run. */
(function (D) {
  "use strict";
  var G = D.gegevens;
  var CELL_LIMIT = 32767;  // Excel's maximum number of characters in one cell
  var FILLS = { gat: "FFF9D6D5", potentie: "FFFFF1C2", gedekt: "FFD7F0DC" };
  var HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE3E8EE" } };
  var LINE_HEIGHT = 15;  // points per line of 11 pt text
  var MAX_ROW_HEIGHT = 409;  // Excel's highest row

  /** Lines a text takes in a column of `width` characters: programs do not all fit rows themselves. */
  function lineCount(text, width) {
    return text.split("\n").reduce(function (sum, line) { return sum + Math.max(1, Math.ceil(line.length / width)); }, 0);
  }
  function fitHeight(row, count) { row.height = Math.min(MAX_ROW_HEIGHT, Math.max(1, count) * LINE_HEIGHT); }

  function header(sheet, titles, widths) {
    sheet.columns = titles.map(function (title, i) { return { header: title, width: widths[i] }; });
    var row = sheet.getRow(1);
    row.font = { bold: true };
    row.eachCell(function (cell) { cell.fill = HEADER_FILL; cell.alignment = { vertical: "top" }; });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } };
    sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" };
  }

  function chunks(text) {
    var parts = [];
    for (var i = 0; i < text.length; i += CELL_LIMIT) { parts.push(text.slice(i, i + CELL_LIMIT)); }
    return parts.length ? parts : [""];
  }

  function matrix(book, overzicht, titel, labels) {
    var sheet = book.addWorksheet("Matrix", { views: [{ state: "frozen", xSplit: 1, ySplit: 4 }],
      pageSetup: { paperSize: 8, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    sheet.getCell("A1").value = titel;
    sheet.getCell("A1").font = { bold: true, size: 14 };
    sheet.getCell("A2").value = G.bron;
    sheet.getColumn(1).width = 24;
    var head = sheet.getRow(4);
    head.getCell(1).value = "Categorie";
    G.fasen.forEach(function (f, i) { head.getCell(i + 2).value = f.naam; sheet.getColumn(i + 2).width = 42; });
    head.font = { bold: true };
    head.eachCell(function (cell) { cell.fill = HEADER_FILL; });
    G.categorieen.forEach(function (c, row) {
      var line = sheet.getRow(row + 5);
      line.getCell(1).value = c.nummer + " " + c.naam;
      line.getCell(1).font = { bold: true };
      line.getCell(1).alignment = { vertical: "top", wrapText: true };
      var tallest = 1;
      G.fasen.forEach(function (f, col) {
        var cel = overzicht.cellen.filter(function (x) { return x.categorie === c.id && x.fase === f.id; })[0];
        var lines = [cel.status.toUpperCase(),
          labels.al + ": " + cel.al.length, labels.nog + ": " + cel.nog.length];
        ["al", "nog"].forEach(function (kind) {
          if (cel[kind].length) {
            lines.push("", labels[kind] + ":");
            cel[kind].forEach(function (i) { lines.push("- " + i.organisatie + ": " + i.tekst); });
          }
        });
        var text = lines.join("\n");
        if (text.length > CELL_LIMIT) { text = text.slice(0, CELL_LIMIT - 40) + "\n… (zie het blad Items)"; }
        var cell = line.getCell(col + 2);
        cell.value = text;
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILLS[cel.status] } };
        cell.alignment = { wrapText: true, vertical: "top" };
        tallest = Math.max(tallest, lineCount(text, 40));
      });
      fitHeight(line, tallest);
    });
  }

  function items(book, overzicht) {
    var sheet = book.addWorksheet("Items");
    header(sheet, ["organisatie", "categorie", "fase", "soort", "status", "tekst"], [30, 18, 16, 20, 10, 80]);
    D.uitvoer.rijen(overzicht).forEach(function (r) {
      var row = sheet.addRow([r.organisatie, r.categorie, r.fase, r.soort, r.status].concat(chunks(r.tekst)));
      row.getCell(6).alignment = { wrapText: true, vertical: "top" };
      fitHeight(row, Math.max(lineCount(r.tekst.slice(0, 4000), 78), lineCount(r.organisatie, 28)));
    });
  }

  function list(book, name, titles, entries, keys) {
    var sheet = book.addWorksheet(name);
    header(sheet, titles, [40, 100]);
    entries.forEach(function (e) { sheet.addRow(keys.map(function (k) { return e[k]; })); });
  }

  /** Promise of the .xlsx bytes. */
  function xlsx(overzicht, titel) {
    return D.laden.excel().then(function (ExcelJS) {
      var werkblad = G.werkbladen.filter(function (w) { return w.id === overzicht.werkblad; })[0];
      var labels = {};
      werkblad.antwoorden.forEach(function (a) { labels[a.id] = a.label; });
      var book = new ExcelJS.Workbook();
      book.creator = "Doorstroomtoolkit";
      matrix(book, overzicht, titel, labels);
      items(book, overzicht);
      list(book, "Meldingen", ["bestand", "melding"], overzicht.meldingen, ["bestand", "melding"]);
      list(book, "Niet verwerkt", ["bestand", "reden"], overzicht.afgewezen, ["bestand", "reden"]);
      return book.xlsx.writeBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  D.xlsx = { maak: xlsx };
})(window.Doorstroom);
