/* The list of organisations (or tables) from a file or pasted text: the rules of
   generator/voorbereiden/organisaties.py (one name per line, CSV, or an Excel workbook via the vendored
   exceljs; an optional contact column; a header row when a cell is a known name heading). */
(function (D) {
  "use strict";
  var T = D.voorbereidenTeksten;
  var WRONG_KIND = ["xls", "xlsm", "ods", "doc", "docx", "pdf", "numbers"];

  function Fout(message) { this.message = message; this.name = "LijstFout"; }
  Fout.prototype = Object.create(Error.prototype);

  /** Pasted text or a .txt file: one row per line, split at the first tab or ';' it holds. */
  function tekstRijen(text) {
    return String(text).split(/\r\n|\r|\n/).map(function (line) {
      var separator = ["\t", ";"].filter(function (s) { return line.indexOf(s) >= 0; })[0];
      return separator ? line.split(separator) : [line];
    });
  }

  /** CSV as Python's csv module reads it (quotes with "" inside, line breaks inside quotes). */
  function csvRijen(text) {
    var first = String(text).split(/\r\n|\r|\n/).filter(function (line) { return line.trim(); })[0] || "";
    var separator = [";", "\t", ","].filter(function (s) { return first.indexOf(s) >= 0; })[0] || ";";
    var rows = [];
    var row = [];
    var field = "";
    var quoted = false;
    var started = false;  // something of this row was read
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (quoted) {
        if (c === "\"" && text.charAt(i + 1) === "\"") { field += "\""; i++; }
        else if (c === "\"") { quoted = false; }
        else { field += c; }
      } else if (c === "\"" && field === "") {
        quoted = true; started = true;
      } else if (c === separator) {
        row.push(field); field = ""; started = true;
      } else if (c === "\r" || c === "\n") {
        if (c === "\r" && text.charAt(i + 1) === "\n") { i++; }
        if (started || field) { row.push(field); rows.push(row); } else { rows.push([]); }
        row = []; field = ""; started = false;
      } else {
        field += c; started = true;
      }
    }
    if (started || field) { row.push(field); rows.push(row); }
    return rows;
  }

  /** Rows of cells -> [{naam, contact}], reading the header when there is one. */
  function uitRijen(rows) {
    rows = rows.map(function (row) { return row.map(function (cell) { return D.namen.eenRegel(cell); }); })
      .filter(function (row) { return row.some(Boolean); });
    if (!rows.length) { return []; }
    var header = rows[0].map(function (cell) { return cell.toLowerCase(); });
    var nameCol = header.findIndex(function (cell) { return T.koppen.naam.indexOf(cell) >= 0; });
    var contactCol = 1;
    if (nameCol >= 0) {
      contactCol = header.findIndex(function (cell) { return T.koppen.contact.indexOf(cell) >= 0; });
      rows = rows.slice(1);
    }
    nameCol = Math.max(nameCol, 0);
    return rows.filter(function (row) { return nameCol < row.length && row[nameCol]; }).map(function (row) {
      return { naam: row[nameCol], contact: contactCol >= 0 && contactCol < row.length ? row[contactCol] : "" };
    });
  }

  function decode(bytes) {
    try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); }
    catch (e) { return new TextDecoder("windows-1252").decode(bytes); }
  }

  /** A cell as the text people see (organisaties.py: _cell). */
  function cellText(value) {
    if (value === null || value === undefined) { return ""; }
    if (typeof value === "object") {
      if (value.richText) { return value.richText.map(function (r) { return r.text; }).join(""); }
      if (value.text !== undefined) { return String(value.text); }
      if (value.result !== undefined) { return cellText(value.result); }
      if (value instanceof Date) { return value.toISOString(); }
    }
    return String(value);
  }

  function xlsxRijen(naam, bytes) {
    return D.laden.excel().then(function (ExcelJS) {
      var workbook = new ExcelJS.Workbook();
      return workbook.xlsx.load(bytes).then(function () {
        var sheet = workbook.worksheets[0];
        var rows = [];
        if (!sheet) { return rows; }
        for (var r = 1; r <= sheet.rowCount; r++) {
          var values = sheet.getRow(r).values || [];
          var row = [];
          for (var c = 1; c < values.length; c++) { row.push(cellText(values[c])); }
          rows.push(row);
        }
        return rows;
      }, function (error) {
        throw new Fout(D.namen.fout("lijst_onleesbaar", { bestand: naam, oorzaak: (error && error.name) || "fout" }));
      });
    });
  }

  /** A file ({naam, bytes}) -> a Promise of [{naam, contact}]; a LijstFout with a Dutch message otherwise. */
  function leesBestand(naam, bytes) {
    var dot = naam.lastIndexOf(".");
    var ext = dot > 0 ? naam.slice(dot + 1).toLowerCase() : "";
    return Promise.resolve().then(function () {
      if (WRONG_KIND.indexOf(ext) >= 0) { throw new Fout(D.namen.fout("lijst_soort", { bestand: naam })); }
      if (ext === "xlsx") { return xlsxRijen(naam, bytes); }
      var text = decode(bytes);
      return ext === "csv" ? csvRijen(text) : tekstRijen(text);
    }).then(function (rows) {
      var found = uitRijen(rows);
      if (!found.length) { throw new Fout(D.namen.fout("lijst_leeg_bestand", { bestand: naam })); }
      return found;
    });
  }

  D.organisaties = { leesBestand: leesBestand, tekst: function (text) { return uitRijen(tekstRijen(text)); }, Fout: Fout };
})(window.Doorstroom);
