/* The overview as an Excel workbook with exceljs (loaded only for this button), in the layout of the
   CLI's overzicht.xlsx (generator/overview/xlsx.py; documented cell by cell in the README): sheets
   Matrix, Items, Meldingen and Niet verwerkt. Made from the same view context as the screen. Text is
   always stored as text, so nothing a participant typed can run as a formula. exceljs cannot write
   named cell styles: the same fonts, fills and alignment are set on the cells themselves. */
(function (D) {
  "use strict";
  var CELL_LIMIT = 32767;  // Excel's maximum number of characters in one cell
  // status without colour, as overview/xlsx.py: gedekt solid, potentie hatched (lightUp), gat a thick border
  var FILLS = { potentie: ["lightUp", "FFD9A521", "FFFFFFFF"], gedekt: ["solid", "FFA9D3B6", "FFA9D3B6"] };
  var GAT_SIDE = { style: "thick", color: { argb: "FFA4161A" } };
  var HEADER_ROW = 6;      // of the Matrix sheet
  var MATRIX_WIDTH = 45;   // characters, columns B-G of the Matrix sheet
  var ITEM_WIDTH = 90;     // characters, the column Punt of the Items sheet
  var TOP = { wrapText: true, vertical: "top" };

  /* Lengths and slices in characters (code points), as Python counts them. */
  function chars(text) { return Array.from(text); }
  function capitalize(text) { return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(); }

  /** Row height in points for wrapped text (Excel does not fit rows itself); at most Excel's 409. */
  function height(texts, width) {
    var perLine = (width || MATRIX_WIDTH) * 1.1;
    var lines = Math.max.apply(null, texts.map(function (text) {
      return text.split("\n").reduce(function (sum, line) { return sum + Math.max(1, Math.ceil(chars(line).length / perLine)); }, 0);
    }));
    return Math.min(409, 15 * lines);
  }

  function style(cell, name) {
    if (name === "Kop") {
      cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF004F6E" } };
    } else if (FILLS[name.toLowerCase()]) {
      var fill = FILLS[name.toLowerCase()];
      cell.fill = { type: "pattern", pattern: fill[0], fgColor: { argb: fill[1] }, bgColor: { argb: fill[2] } };
    } else if (name === "Gat") {
      cell.border = { top: GAT_SIDE, left: GAT_SIDE, bottom: GAT_SIDE, right: GAT_SIDE };
    }
    cell.alignment = TOP;
  }

  function text(sheet, row, col, value, styleName) {
    var cell = sheet.getCell(row, col);
    cell.value = value;  // a string is always stored as text by exceljs, never as a formula
    if (styleName) { style(cell, styleName); }
    return cell;
  }

  function printWide(sheet, titleRows) {
    sheet.pageSetup = { paperSize: 8, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: titleRows };
  }

  function filtered(sheet, columns, lastRow) {
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(lastRow, 1), column: columns } };
    printWide(sheet, "1:1");
  }

  function cellText(cel, soorten) {
    var lines = [cel.status.toUpperCase(), cel.n_al + " doen al · " + cel.n_nog + " kunnen nog"];
    ["al", "nog"].forEach(function (soort) {
      if (cel[soort].length) {
        lines.push("", capitalize(soorten[soort]) + ":");
        cel[soort].forEach(function (i) { lines.push("• " + i.organisatie + ": " + i.tekst); });
      }
    });
    var result = lines.join("\n");
    if (chars(result).length > CELL_LIMIT) { result = chars(result).slice(0, CELL_LIMIT - 40).join("") + "\n… (zie het blad Items)"; }
    return result;
  }

  function matrix(sheet, context) {
    var toolkit = context.toolkit, afgeleid = context.afgeleid, totaal = afgeleid.totaal;
    text(sheet, 1, 1, context.opties.titel).font = { bold: true, size: 14 };
    text(sheet, 3, 1, afgeleid.organisaties.length + " organisaties, " + totaal.punten + " punten. Vakken: " +
      totaal.gat + " gat, " + totaal.potentie + " potentie, " + totaal.gedekt + " gedekt.");
    var legend = Object.keys(toolkit.statussen).map(function (s) { return s + ": " + toolkit.statussen[s]; }).join(" · ");
    text(sheet, 4, 1, legend + ". Aantallen: organisaties die dit al doen / nog kunnen doen. " + toolkit.bron + " " +
      toolkit.herkomst);
    var heads = ["Interventiecategorie"].concat(toolkit.fasen.map(function (f) { return f.naam; }),
      ["Ideeën uit de " + toolkit.menukaart.titel.toLowerCase()]);
    heads.forEach(function (head, i) { text(sheet, HEADER_ROW, i + 1, head, "Kop"); });
    sheet.getColumn(1).width = 24;
    for (var col = 2; col <= heads.length; col++) { sheet.getColumn(col).width = MATRIX_WIDTH; }
    afgeleid.rijen.forEach(function (rij, r) {
      var row = HEADER_ROW + 1 + r;
      text(sheet, row, 1, rij.categorie.nummer + " " + rij.categorie.naam, "Tekst").font = { bold: true };
      var texts = rij.cellen.map(function (cel, c) {
        var value = cellText(cel, toolkit.soorten);
        text(sheet, row, c + 2, value, capitalize(cel.status));
        return value;
      });
      if (rij.open.length && rij.ideeen.length) {
        var ideas = ["Voor: " + rij.open.join(", ")].concat(rij.ideeen.map(function (i) { return "• " + i.tekst; })).join("\n");
        text(sheet, row, heads.length, ideas, "Tekst");
        texts.push(ideas);
      }
      sheet.getRow(row).height = height(texts);
    });
    var footer = HEADER_ROW + afgeleid.rijen.length + 1;
    text(sheet, footer, 1, "Per fase").font = { bold: true };
    afgeleid.fasen.forEach(function (fase, i) {
      text(sheet, footer, i + 2, fase.gat + " gat · " + fase.potentie + " potentie · " + fase.gedekt + " gedekt");
    });
    sheet.views = [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW, topLeftCell: "B" + (HEADER_ROW + 1) }];
    printWide(sheet, HEADER_ROW + ":" + HEADER_ROW);
  }

  function items(sheet, context) {
    var soorten = context.toolkit.soorten;
    var heads = ["Organisatie", "Categorie", "Fase", "Soort", "Status", "Punt"];
    heads.forEach(function (head, i) { text(sheet, 1, i + 1, head, "Kop"); });
    [30, 20, 16, 20, 11, ITEM_WIDTH].forEach(function (width, i) { sheet.getColumn(i + 1).width = width; });
    var widest = heads.length;
    var row = 1;
    context.afgeleid.rijen.forEach(function (rij) {
      rij.cellen.forEach(function (cel) {
        ["al", "nog"].forEach(function (soort) {
          cel[soort].forEach(function (item) {
            row += 1;
            var characters = chars(item.tekst);
            var chunks = [];
            for (var i = 0; i < characters.length; i += CELL_LIMIT) { chunks.push(characters.slice(i, i + CELL_LIMIT).join("")); }
            var values = [item.organisatie, rij.categorie.naam, cel.fasenaam, soorten[soort], cel.status].concat(chunks);
            values.forEach(function (value, c) { text(sheet, row, c + 1, value); });
            style(sheet.getCell(row, 5), capitalize(cel.status));
            style(sheet.getCell(row, 6), "Tekst");
            if (characters.length > ITEM_WIDTH) { sheet.getRow(row).height = height([chunks[0]], ITEM_WIDTH); }
            widest = Math.max(widest, values.length);
          });
        });
      });
    });
    for (var col = heads.length + 1; col <= widest; col++) { text(sheet, 1, col, "Punt (vervolg)", "Kop"); }
    filtered(sheet, heads.length, row);
  }

  function list(sheet, heads, rows) {
    heads.forEach(function (head, i) { text(sheet, 1, i + 1, head, "Kop"); });
    sheet.getColumn(1).width = 50;
    sheet.getColumn(2).width = 90;
    rows.forEach(function (values, r) {
      values.forEach(function (value, c) { text(sheet, r + 2, c + 1, value, "Tekst"); });
      sheet.getRow(r + 2).height = Math.max(height([values[0]], 50), height([values[1]], 90));
    });
    filtered(sheet, heads.length, rows.length + 1);
  }

  /** Promise of the .xlsx bytes, from the view context (scherm-context.js). */
  function maak(context) {
    return D.laden.excel().then(function (ExcelJS) {
      var book = new ExcelJS.Workbook();
      book.creator = "Doorstroomtoolkit";
      book.title = context.opties.titel;
      var overzicht = context.overzicht;
      matrix(book.addWorksheet("Matrix"), context);
      items(book.addWorksheet("Items"), context);
      list(book.addWorksheet("Meldingen"), ["Bestand", "Melding"],
        overzicht.meldingen.map(function (m) { return [m.bestand, m.melding]; }));
      list(book.addWorksheet("Niet verwerkt"), ["Bestand", "Reden"],
        overzicht.afgewezen.map(function (r) { return [r.bestand, r.reden]; }));
      return book.xlsx.writeBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  D.xlsx = { maak: maak };
})(window.Doorstroom);
