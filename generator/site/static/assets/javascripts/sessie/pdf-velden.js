/* A PDF's form as plain data, whatever program filled it (pdf-lib; the same steps as the Python reader,
   generator/readers/pdffields.py and annotations.py): every terminal field with its full name, type,
   value as text, whether it is ticked, and its widgets; and the text boxes, drawings and stamps people
   put on top. pdf-lezen.js decides what it all means (docs/overzicht-regels.md §3). */
(function (D) {
  "use strict";
  var MAX_DEPTH = 32;  // deeper field trees do not occur in real forms; a loop or a bomb does

  function normalRect(numbers) {
    return [Math.min(numbers[0], numbers[2]), Math.min(numbers[1], numbers[3]),
      Math.max(numbers[0], numbers[2]), Math.max(numbers[1], numbers[3])];
  }

  /** A PDF text string (or the bytes of a stream) as text: UTF-16 (either byte order) or UTF-8 with a
      byte order mark, else PDFDocEncoding (the last two: pdf-lib). */
  function stringText(PDFLib, value) {
    var bytes = value instanceof Uint8Array ? value : value.asBytes();
    if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) {
      return new TextDecoder("utf-8").decode(bytes.subarray(3));
    }
    if (!(value instanceof Uint8Array)) { return value.decodeText(); }
    return PDFLib.PDFHexString.of(Array.from(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("")).decodeText();
  }

  /** Plain text of rich text (/RC, XHTML): paragraphs and <br> become line breaks, tags go, entities
      become characters. */
  function richText(xhtml) {
    var text = xhtml.replace(/<br\s*\/?>|<\/p\s*>|<\/div\s*>/gi, "\n").replace(/<[^>]*>/g, "");
    var box = document.createElement("textarea");
    box.innerHTML = text;  // a textarea only decodes entities: nothing runs, nothing loads
    return box.value.replace(/^\n+|\n+$/g, "");
  }

  /** {velden: [{naam, soort, tekst, aan, widgets: [{pagina, rect}]}], annotaties: [{pagina, midden, tekst}]}
      (tekst null for a drawing or stamp); throws {versleuteld: true} for an encrypted PDF (pdf.js reads those). */
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
        function isDict(value) { return value instanceof PDFLib.PDFDict; }
        function isString(value) { return value instanceof PDFLib.PDFString || value instanceof PDFLib.PDFHexString; }
        function array(value) {
          var result = [];
          for (var i = 0; value instanceof PDFLib.PDFArray && i < value.size(); i++) { result.push(look(value.get(i))); }
          return result;
        }
        function streamBytes(stream) {
          return stream instanceof PDFLib.PDFRawStream ? PDFLib.decodePDFRawStream(stream).decode() : stream.getContents();
        }
        function nameText(name) { return name.asString(); }  // "/Off", with #xx escapes kept (as pikepdf)

        /** A field value as text: strings, names (without "/"), lists (one line each), streams, numbers. */
        function textValue(value) {
          if (isString(value)) { return stringText(PDFLib, value); }
          if (value instanceof PDFLib.PDFName) { return nameText(value).slice(1); }
          if (value instanceof PDFLib.PDFArray) {
            return array(value).filter(function (v) { return isString(v) || v instanceof PDFLib.PDFName; }).map(textValue).join("\n");
          }
          if (value instanceof PDFLib.PDFStream) { return stringText(PDFLib, streamBytes(value)); }
          if (value instanceof PDFLib.PDFNumber) { return String(value.asNumber()); }
          return "";
        }
        /** A checkbox value is on unless it is missing, /Off, an empty name, or the text "" or "Off". */
        function isOn(value) {
          if (value instanceof PDFLib.PDFName) { return nameText(value) !== "/Off" && nameText(value) !== "/"; }
          if (isString(value)) { var text = stringText(PDFLib, value); return text !== "" && text !== "Off"; }
          return value instanceof PDFLib.PDFBool && value.asBoolean();
        }
        function rect(value) {
          var numbers = array(value);
          if (numbers.length !== 4 || !numbers.every(function (n) { return n instanceof PDFLib.PDFNumber; })) { return null; }
          return normalRect(numbers.map(function (n) { return n.asNumber(); }));
        }

        var pages = doc.getPages();
        var pageOf = new Map();  // annotation object -> the first page that lists it
        pages.forEach(function (page, index) {
          array(get(page.node, "Annots")).forEach(function (a) { if (isDict(a) && !pageOf.has(a)) { pageOf.set(a, index); } });
        });

        function walk(nodes, parent, inheritedKind, depth, seen, found) {
          if (depth > MAX_DEPTH) { return; }
          nodes.forEach(function (node) {
            if (!isDict(node) || seen.has(node)) { return; }
            seen.add(node);
            var partial = get(node, "T");
            partial = isString(partial) ? stringText(PDFLib, partial) : "";
            var name = parent && partial ? parent + "." + partial : (partial || parent);
            var kind = get(node, "FT");
            kind = kind instanceof PDFLib.PDFName ? nameText(kind) : inheritedKind;
            var kids = array(get(node, "Kids")).filter(isDict);
            var childFields = kids.filter(function (k) { return k.has(N.of("T")); });
            if (childFields.length) { walk(childFields, name, kind, depth + 1, seen, found); return; }
            var widgets = kids.length ? kids : [node];
            var value = get(node, "V");
            if (value === undefined) {  // some fillers put the value on the widget instead
              var holder = widgets.filter(function (w) { return w.has(N.of("V")); })[0];
              value = holder ? get(holder, "V") : undefined;
            }
            found.push({
              naam: name, soort: kind, tekst: textValue(value),
              aan: isOn(value) || widgets.some(function (w) { var s = get(w, "AS"); return s instanceof PDFLib.PDFName && isOn(s); }),
              widgets: widgets.map(function (w) { return { pagina: pageOf.has(w) ? pageOf.get(w) : -1, rect: rect(get(w, "Rect")) }; })
                .filter(function (w) { return w.rect; })
            });
          });
        }

        /* The root of the field tree a widget belongs to (following /Parent, never in a loop). */
        function topField(widget) {
          var seen = new Set();
          var node = widget;
          while (isDict(get(node, "Parent")) && seen.size < MAX_DEPTH && !seen.has(node)) {
            seen.add(node);
            node = get(node, "Parent");
          }
          return node.has(N.of("T")) ? node : null;
        }

        var fields = [];
        var acroForm = get(doc.catalog, "AcroForm");
        walk(isDict(acroForm) ? array(get(acroForm, "Fields")) : [], "", "", 0, new Set(), fields);
        if (!fields.length) {  // no /AcroForm or no /Fields (pages combined by some programs): the widgets
          var tops = [];
          pages.forEach(function (page) {
            array(get(page.node, "Annots")).forEach(function (a) {
              if (!isDict(a) || !(get(a, "Subtype") instanceof PDFLib.PDFName) || nameText(get(a, "Subtype")) !== "/Widget") { return; }
              var top = topField(a);
              if (top && tops.indexOf(top) < 0) { tops.push(top); }
            });
          });
          walk(tops, "", "", 0, new Set(), fields);
        }
        fields = fields.filter(function (f) { return f.soort !== "/Sig"; });

        var annotations = [];
        pages.forEach(function (page, index) {
          array(get(page.node, "Annots")).forEach(function (a) {
            if (!isDict(a)) { return; }
            var subtype = get(a, "Subtype");
            subtype = subtype instanceof PDFLib.PDFName ? nameText(subtype) : "";
            if (subtype !== "/FreeText" && subtype !== "/Ink" && subtype !== "/Stamp") { return; }
            var box = rect(get(a, "Rect"));
            if (!box) { return; }
            var text = null;
            if (subtype === "/FreeText") {
              var contents = get(a, "Contents");
              text = isString(contents) ? stringText(PDFLib, contents) : "";
              if (!D.tekst.heeftTekst(text)) {  // some programs leave /Contents empty: the rich text
                var rich = get(a, "RC");
                var source = rich instanceof PDFLib.PDFStream ? stringText(PDFLib, streamBytes(rich))
                  : (isString(rich) ? stringText(PDFLib, rich) : null);
                text = source === null ? "" : richText(source);
              }
            }
            annotations.push({ pagina: index, midden: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2], tekst: text });
          });
        });
        var heights = pages.map(function (page) { var box = page.getMediaBox(); return box.height; });
        return { velden: fields, annotaties: annotations, hoogtes: heights };
      });
  }

  D.pdfVelden = { lees: lees, rechthoek: normalRect, rijkeTekst: richText };
})(window.Doorstroom);
