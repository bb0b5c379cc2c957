/* monitorplan.xlsx in the browser with exceljs: the twin of generator/plan/monitor_xlsx.py, from the same sheet
   spec (monitorplan.json, in documenten/plan-gegevens.js) and the same plan context (plan.js), so both give
   the same workbook cell for cell. Every value is stored as text; the status is readable without colour. */
(function (D) {
  "use strict";
  var CELL_LIMIT = 32767;  // Excel's maximum number of characters in one cell
  var TOP = { wrapText: true, vertical: "top" };
  var FONT = "Calibri";
  var BOLD = 0.8;  // a bold header line holds about this much of a plain one (as monitor_xlsx.py)

  function chars(text) { return Array.from(text); }

  /** Row height in points for wrapped text (as generator/overview/xlsx.py: row_height); at most 409. */
  function rowHeight(text, width) {
    var perLine = width * 1.1;
    var lines = text.split("\n").reduce(function (sum, line) {
      return sum + Math.max(1, Math.ceil(chars(line).length / perLine));
    }, 0);
    return Math.min(409, 15 * lines);
  }

  function fillIn(text, values, header) {
    Object.keys(values).forEach(function (key) {
      text = text.split("{" + key + "}").join(header ? values[key].replace(/&/g, "&&") : values[key]);
    });
    return text;
  }

  function cellValue(value) {
    var text = Array.isArray(value) ? value.join("\n") : String(value === undefined || value === null ? "" : value);
    if (chars(text).length > CELL_LIMIT) { text = chars(text).slice(0, CELL_LIMIT - 40).join("") + "\n… (ingekort; zie sessie.json)"; }
    return text;
  }

  function argb(hex) { return { argb: "FF" + hex }; }

  function text(sheet, row, col, value) {
    var cell = sheet.getCell(row, col);
    if (value !== "") { cell.value = value; }  // a string is stored as text by exceljs, never as a formula; "" as openpyxl: no value
    return cell;
  }

  function printWide(sheet, titleRows) {
    sheet.pageSetup = { paperSize: 8, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: titleRows };
  }

  function headerCell(sheet, row, col, column, look) {
    var cell = text(sheet, row, col, column.kop);
    cell.font = { name: FONT, bold: true, color: argb(look.tekst) };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(look.vulling), bgColor: argb(look.vulling) };
    cell.alignment = TOP;
    sheet.getColumn(col).width = column.breedte;
  }

  function status(cell, look) {
    if (look.patroon) {
      cell.fill = { type: "pattern", pattern: look.patroon, fgColor: argb(look.kleur), bgColor: argb(look.achtergrond || look.kleur) };
    }
    if (look.rand) {
      var side = { style: look.rand, color: argb("000000") };
      cell.border = { left: side, right: side, top: side, bottom: side };
    }
  }

  function monitorRows(sheet, shape, regels) {
    var columns = shape.kolommen;
    var header = shape.koprij;
    columns.forEach(function (column, i) { headerCell(sheet, header, i + 1, column, column.veld ? shape.kop : shape.invullen); });
    sheet.getRow(header).height = Math.max.apply(null, columns.map(function (c) { return rowHeight(c.kop, c.breedte * BOLD); }));
    var row = header;
    regels.forEach(function (regel) {
      row += 1;
      var heights = columns.map(function (column, i) {
        var value = column.veld ? cellValue(regel[column.veld]) : "";
        var cell = text(sheet, row, i + 1, value);
        cell.alignment = TOP;
        if (column.status) { status(cell, shape.stand[regel.status]); }
        return rowHeight(value, column.breedte);
      });
      sheet.getRow(row).height = Math.max.apply(null, heights);
    });
    if (row === header) { text(sheet, header + 1, 1, shape.leeg); }
    sheet.views = [{ state: "frozen", xSplit: 1, ySplit: header, topLeftCell: "B" + (header + 1) }];
    printWide(sheet, header + ":" + header);
    sheet.autoFilter = "A" + header + ":" + sheet.getCell(Math.max(row, header), columns.length).address;
  }

  function rejected(sheet, shape, kop, afgewezen) {
    shape.kolommen.forEach(function (column, i) { headerCell(sheet, 1, i + 1, column, kop); });
    afgewezen.forEach(function (r, n) {
      var values = [cellValue(r.bestand), cellValue(r.reden)];
      values.forEach(function (value, i) { text(sheet, n + 2, i + 1, value).alignment = TOP; });
      sheet.getRow(n + 2).height = Math.max(rowHeight(values[0], shape.kolommen[0].breedte), rowHeight(values[1], shape.kolommen[1].breedte));
    });
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
    printWide(sheet, "1:1");
  }

  /** Promise of the .xlsx bytes from the plan context (plan.js) and the sheet spec. */
  function vanContext(context, shape) {
    return D.laden.excel().then(function (ExcelJS) {
      var values = { titel: context.titel, datum: context.datum_tekst, bron: context.bron };
      var book = new ExcelJS.Workbook();
      book.title = fillIn(shape.boven[0].tekst, values);
      book.creator = "Doorstroomtoolkit";
      var sheet = book.addWorksheet(shape.blad);
      shape.boven.forEach(function (line, i) {
        var cell = text(sheet, i + 1, 1, fillIn(line.tekst, values));
        if (line.vet || line.grootte) { cell.font = { name: FONT, bold: Boolean(line.vet), size: line.grootte || 11 }; }
      });
      monitorRows(sheet, shape, context.monitor.regels);
      var part = function (p) { return "&L" + fillIn(p.links, values, true) + "&R" + fillIn(p.rechts, values, true); };
      sheet.headerFooter = { oddHeader: part(shape.koptekst), oddFooter: part(shape.voettekst) };
      rejected(book.addWorksheet(shape.niet_verwerkt.blad), shape.niet_verwerkt, shape.kop, context.afgewezen);
      return book.xlsx.writeBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  D.monitorplan = {
    /** Promise of monitorplan.xlsx for a sessie.json; opties as for D.plan.docx ({sector, datum, site}). */
    xlsx: function (sessie, opties) {
      return Promise.all([D.plan.context(sessie, opties), D.plan.gegevens()]).then(function (parts) {
        return vanContext(parts[0], parts[1].monitorplan);
      });
    }
  };
})(window.Doorstroom = window.Doorstroom || {});
