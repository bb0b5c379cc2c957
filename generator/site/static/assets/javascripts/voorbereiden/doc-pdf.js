/* doc-HTML (SPECS §3) -> a real PDF in the browser, with pdf-lib and the shipped Open Sans (regular, bold,
   italic: voorbereiden/letters.js, loaded on first use). The twin of generator/voorbereiden/docpdf.py
   (WeasyPrint): A4, 2 cm margins, the same headings, paragraph styles, lists, tables with their widths
   (data-breedtes) and a header row repeated on every page, page breaks, a table of contents with page
   numbers (headings of level 1 and 2), the source line and "pagina N van M" in the footer, and the
   document's title, subject, date and language in the PDF. A character the font cannot draw is drawn as
   "?" (as in the werkblad download). Generic: any doc-HTML document. */
(function (D) {
  "use strict";
  var MM = 72 / 25.4;
  var PAGE = { width: 595.28, height: 841.89, left: 20 * MM, right: 20 * MM, top: 20 * MM, bottom: 22 * MM };
  var BLUE = [0, 0.31, 0.43];
  var GREY = [0.24, 0.31, 0.35];
  var STYLES = {
    titel: { size: 22, font: "bold", color: BLUE, before: 0, after: 4 },
    ondertitel: { size: 12, font: "regular", color: [0.11, 0.17, 0.2], before: 0, after: 10 },
    tekst: { size: 10, font: "regular", color: [0.07, 0.07, 0.07], before: 0, after: 5 },
    klein: { size: 8.5, font: "regular", color: GREY, before: 0, after: 5 },
    bron: { size: 8.5, font: "italic", color: GREY, before: 0, after: 5 },
    invullen: { size: 10, font: "italic", color: [0.42, 0.11, 0.37], before: 0, after: 5 },
    h1: { size: 16, font: "bold", color: BLUE, before: 14, after: 6, rule: true },
    h2: { size: 12, font: "bold", color: BLUE, before: 12, after: 4 },
    h3: { size: 10.5, font: "bold", color: BLUE, before: 10, after: 3 },
    cel: { size: 9, font: "regular", color: [0.07, 0.07, 0.07], before: 0, after: 0 }
  };
  var LEADING = 1.4;

  function rgb(lib, c) { return lib.rgb(c[0], c[1], c[2]); }

  /** Inline content -> runs {text, bold, italic} ("\n" for <br>). */
  function runs(node, bold, italic, out) {
    out = out || [];
    node.childNodes.forEach(function (child) {
      if (child.nodeType === 3) { out.push({ text: child.nodeValue.replace(/[ \t\n\r\f]+/g, " "), bold: bold, italic: italic }); }
      else if (child.nodeType === 1) {
        var tag = child.tagName.toLowerCase();
        if (tag === "br") { out.push({ text: "\n", bold: bold, italic: italic }); }
        else { runs(child, bold || tag === "strong", italic || tag === "em", out); }
      }
    });
    return out;
  }

  /** Runs -> words {text, font, space (a space before it)} and forced breaks. */
  function words(list, fonts, base) {
    var result = [];
    var space = false;
    list.forEach(function (run) {
      if (run.text === "\n") { result.push({ br: true }); space = false; return; }
      var font = run.bold ? fonts.bold : run.italic ? fonts.italic : fonts[base];
      run.text.split(/( )/).forEach(function (part) {
        if (part === " ") { space = result.length > 0; return; }
        if (!part) { return; }
        result.push({ text: fonts.drawable(part, font), font: font, space: space });
        space = false;
      });
    });
    return result;
  }

  /** Greedy line breaking within `width`: lines of words with their x offsets. */
  function wrap(list, size, width) {
    var lines = [];
    var line = [];
    var x = 0;
    function flush() { lines.push(line); line = []; x = 0; }
    list.forEach(function (w) {
      if (w.br) { flush(); return; }
      var gap = line.length && w.space ? w.font.widthOfTextAtSize(" ", size) : 0;
      var wide = w.font.widthOfTextAtSize(w.text, size);
      if (line.length && x + gap + wide > width) { flush(); gap = 0; }
      if (!line.length && wide > width) {  // one word wider than the line (a long file name): cut it
        var text = w.text;
        while (text) {
          var n = text.length;
          while (n > 1 && w.font.widthOfTextAtSize(text.slice(0, n), size) > width) { n--; }
          line.push({ text: text.slice(0, n), font: w.font, x: 0 });
          text = text.slice(n);
          if (text) { flush(); }
        }
        x = w.font.widthOfTextAtSize(line[line.length - 1].text, size);
        return;
      }
      line.push({ text: w.text, font: w.font, x: x + gap, space: gap > 0 });
      x += gap + wide;
    });
    if (line.length || !lines.length) { flush(); }
    return lines;
  }

  /** A line as runs of one font, the spaces written out, so the PDF's text reads (and copies) as it is written. */
  function segments(line) {
    var result = [];
    line.forEach(function (w) {
      var last = result[result.length - 1];
      if (last && w.space) { last.text += " "; }
      if (last && last.font === w.font) { last.text += w.text; } else { result.push({ text: w.text, font: w.font, x: w.x }); }
    });
    return result;
  }

  /** The layout: blocks placed on pages as drawing operations; `toc` holds the page of each heading. */
  function Layout(fonts, headingPages) {
    this.fonts = fonts;
    this.pages = [];
    this.headings = [];  // {tekst, niveau, pagina}
    this.known = headingPages || [];
    this.newPage();
  }
  Layout.prototype.newPage = function () {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = PAGE.height - PAGE.top;
    this.fresh = true;
  };
  Layout.prototype.room = function () { return this.y - PAGE.bottom; };
  Layout.prototype.need = function (height) { if (height > this.room() && !this.fresh) { this.newPage(); } };
  Layout.prototype.lines = function (lines, style, x0, color) {
    var self = this;
    var height = style.size * LEADING;
    lines.forEach(function (line, i) {
      var left = lines.length - i;
      self.need(left === 2 ? 2 * height : height);  // never one line alone at the top of a page
      self.y -= height;
      segments(line).forEach(function (w) {
        self.ops.push({ text: w.text, font: w.font, size: style.size, x: x0 + w.x, y: self.y + style.size * 0.3, color: color || style.color });
      });
      self.fresh = false;
    });
  };
  Layout.prototype.paragraph = function (node, style, indent, keep) {
    var width = PAGE.width - PAGE.left - PAGE.right - (indent || 0);
    var list = wrap(words(runs(node, style.font === "bold", style.font === "italic"), this.fonts, style.font), style.size, width);
    if (!this.fresh) { this.y -= style.before; }
    // A short paragraph stays whole; a longer one leaves at least two lines on each page.
    this.need(style.size * LEADING * (list.length <= 4 ? list.length : 2) + (keep || 0));
    this.lines(list, style, PAGE.left + (indent || 0));
    if (style.rule) {
      this.ops.push({ line: true, x1: PAGE.left, x2: PAGE.width - PAGE.right, y: this.y - 2, width: 1.5, color: style.color });
      this.y -= 2;
    }
    this.y -= style.after;
  };
  Layout.prototype.heading = function (node, tag) {
    var style = STYLES[tag];
    var text = node.textContent.replace(/\s+/g, " ").trim();
    if (tag !== "h3") {
      var index = this.headings.length;
      this.headings.push({ tekst: text, niveau: tag === "h1" ? 1 : 2, pagina: 0 });
    }
    this.paragraph(node, style, 0, 3 * STYLES.tekst.size * LEADING);  // never the last thing on a page
    if (tag !== "h3") { this.headings[index].pagina = this.pages.length; }
  };
  Layout.prototype.list = function (node, level) {
    var self = this;
    var number = 0;
    Array.prototype.forEach.call(node.children, function (li) {
      if (li.tagName.toLowerCase() !== "li") { return; }
      number += 1;
      var inline = li.cloneNode(true);
      inline.querySelectorAll("ul, ol").forEach(function (sub) { sub.remove(); });
      var indent = 16 * level;
      var marker = node.tagName.toLowerCase() === "ol" ? number + "." : "•";
      var style = STYLES.tekst;
      var list = wrap(words(runs(inline, false, false), self.fonts, "regular"), style.size, PAGE.width - PAGE.left - PAGE.right - indent);
      self.need(style.size * LEADING);
      var top = self.y;
      self.lines(list, style, PAGE.left + indent);
      var y = Math.min(top, self.y + style.size * LEADING * list.length) - style.size * LEADING + style.size * 0.3;
      if (self.y < top) { self.ops.push({ text: marker, font: self.fonts.regular, size: style.size, x: PAGE.left + indent - 11, y: y, color: style.color }); }
      self.y -= 2;
      li.querySelectorAll(":scope > ul, :scope > ol").forEach(function (sub) { self.list(sub, level + 1); });
    });
    this.y -= 4;
  };
  Layout.prototype.table = function (node) {
    var self = this;
    var width = PAGE.width - PAGE.left - PAGE.right;
    var head = Array.prototype.slice.call(node.querySelectorAll(":scope > thead > tr"));
    var body = Array.prototype.slice.call(node.querySelectorAll(":scope > tbody > tr"));
    var columns = (head[0] || body[0]).children.length;
    var given = (node.getAttribute("data-breedtes") || "").split(",").map(Number).filter(function (n) { return n > 0; });
    var widths = given.length === columns ? given : new Array(columns).fill(1);
    var total = widths.reduce(function (a, b) { return a + b; }, 0);
    widths = widths.map(function (w) { return width * w / total; });
    var PADX = 4, PADY = 3;
    var style = STYLES.cel;
    function measure(tr, header) {
      var cells = Array.prototype.map.call(tr.children, function (cell, i) {
        var bold = header || cell.tagName.toLowerCase() === "th" && header;
        return wrap(words(runs(cell, bold, false), self.fonts, bold ? "bold" : "regular"), style.size, widths[i] - 2 * PADX);
      });
      var height = Math.max.apply(null, cells.map(function (l) { return l.length; })) * style.size * LEADING + 2 * PADY;
      return { cells: cells, height: height, header: header };
    }
    function draw(row) {
      var x = PAGE.left;
      var top = self.y;
      row.cells.forEach(function (lines, i) {
        if (row.header) { self.ops.push({ rect: true, x: x, y: top - row.height, w: widths[i], h: row.height, fill: [0.89, 0.93, 0.95] }); }
        self.ops.push({ rect: true, x: x, y: top - row.height, w: widths[i], h: row.height, border: [0.54, 0.6, 0.64] });
        lines.forEach(function (line, n) {
          var y = top - PADY - (n + 1) * style.size * LEADING + style.size * 0.3;
          segments(line).forEach(function (w) { self.ops.push({ text: w.text, font: w.font, size: style.size, x: x + PADX + w.x, y: y, color: style.color }); });
        });
        x += widths[i];
      });
      self.y -= row.height;
      self.fresh = false;
    }
    var header = head.map(function (tr) { return measure(tr, true); });
    var headerHeight = header.reduce(function (s, r) { return s + r.height; }, 0);
    this.y -= 4;
    var first = true;
    body.forEach(function (tr) {
      var row = measure(tr, false);
      if ((first ? headerHeight : 0) + row.height > self.room() && !self.fresh) { self.newPage(); first = true; }
      if (first) { header.forEach(draw); first = false; }
      draw(row);
    });
    this.y -= 8;
  };
  Layout.prototype.contents = function (node, count) {
    var kop = document.createElement("h1");
    kop.textContent = node.getAttribute("data-kop") || "Inhoud";
    var style = { size: 13, font: "bold", color: BLUE, before: 10, after: 6 };
    this.need(style.size * LEADING + style.after + count * STYLES.tekst.size * LEADING);
    this.paragraph(kop, style);
    this.tocStart = { page: this.pages.length, y: this.y };
    this.y -= count * STYLES.tekst.size * LEADING + 6;  // the entries are drawn when every page is known
  };
  Layout.prototype.block = function (node) {
    var tag = node.tagName.toLowerCase();
    var klasse = node.getAttribute("class") || "";
    if (tag === "h1" && klasse === "titel") { this.paragraph(node, STYLES.titel); }
    else if (tag === "h1" || tag === "h2" || tag === "h3") { this.heading(node, tag); }
    else if (tag === "p") { this.paragraph(node, STYLES[klasse] || STYLES.tekst); }
    else if (tag === "ul" || tag === "ol") { this.list(node, 1); }
    else if (tag === "table") { this.table(node); }
    else if (tag === "div" && klasse === "pagina-einde") { if (!this.fresh) { this.newPage(); } }
    else if (tag === "nav") { this.contents(node, this.tocCount); }
  };

  function layOut(article, fonts, count) {
    var layout = new Layout(fonts);
    layout.tocCount = count;
    Array.prototype.forEach.call(article.children, function (node) { layout.block(node); });
    return layout;
  }

  function drawContents(lib, layout, pages, fonts) {
    if (!layout.tocStart) { return; }
    var page = pages[layout.tocStart.page - 1];
    var y = layout.tocStart.y;
    var size = STYLES.tekst.size;
    var right = PAGE.width - PAGE.right;
    layout.headings.forEach(function (h) {
      y -= size * LEADING;
      var indent = h.niveau === 2 ? 12 : 0;
      var small = h.niveau === 2 ? 9 : size;
      var number = String(h.pagina);
      var numberWidth = fonts.regular.widthOfTextAtSize(number, small);
      var text = fonts.drawable(h.tekst, fonts.regular);
      var room = right - PAGE.left - indent - numberWidth - 12;
      while (text.length > 1 && fonts.regular.widthOfTextAtSize(text, small) > room) { text = text.slice(0, -2) + "…"; }
      var textWidth = fonts.regular.widthOfTextAtSize(text, small);
      var dotWidth = fonts.regular.widthOfTextAtSize(". ", small);
      var dots = Math.max(0, Math.floor((right - numberWidth - 4 - (PAGE.left + indent + textWidth + 4)) / dotWidth));
      page.drawText(text, { x: PAGE.left + indent, y: y + size * 0.3, size: small, font: fonts.regular, color: lib.rgb(0.07, 0.07, 0.07) });
      if (dots) {
        page.drawText(new Array(dots + 1).join(". "), { x: right - numberWidth - 4 - dots * dotWidth, y: y + size * 0.3, size: small,
          font: fonts.regular, color: lib.rgb(0.4, 0.4, 0.4) });
      }
      page.drawText(number, { x: right - numberWidth, y: y + size * 0.3, size: small, font: fonts.regular, color: lib.rgb(0.07, 0.07, 0.07) });
    });
  }

  function footer(lib, page, number, total, text, fonts) {
    var size = 7.5;
    var label = "pagina " + number + " van " + total;
    var labelWidth = fonts.regular.widthOfTextAtSize(label, 8);
    var lines = wrap(words([{ text: text }], fonts, "regular"), size, (PAGE.width - PAGE.left - PAGE.right) * 0.75);
    var y = 12 * MM + (lines.length - 1) * size * 1.25;
    lines.forEach(function (line, i) {
      segments(line).forEach(function (w) {
        page.drawText(w.text, { x: PAGE.left + w.x, y: y - i * size * 1.25, size: size, font: w.font, color: lib.rgb(0.2, 0.2, 0.2) });
      });
    });
    page.drawText(label, { x: PAGE.width - PAGE.right - labelWidth, y: y, size: 8, font: fonts.regular, color: lib.rgb(0.2, 0.2, 0.2) });
  }

  /** doc-HTML -> a Promise of the PDF's bytes. */
  function vanHtml(html) {
    var article = new DOMParser().parseFromString(html, "text/html").querySelector("article.doc");
    return Promise.all([D.laden.pdfLib(), D.laden.script("assets/javascripts/fontkit.umd.min.js"),
      D.laden.script("assets/javascripts/voorbereiden/letters.js")]).then(function (loaded) {
      var lib = loaded[0];
      return lib.PDFDocument.create().then(function (pdf) {
        pdf.registerFontkit(window.fontkit);
        var decode = function (b64) { return Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); }); };
        return Promise.all(["regular", "bold", "italic"].map(function (k) {
          return pdf.embedFont(decode(D.letters[k]), { subset: true });
        })).then(function (embedded) {
          var fonts = { regular: embedded[0], bold: embedded[1], italic: embedded[2] };
          var sets = embedded.map(function (f) { return new Set(f.getCharacterSet()); });
          fonts.drawable = function (text, font) {
            var known = sets[embedded.indexOf(font)];
            return Array.from(text).map(function (c) { return known.has(c.codePointAt(0)) ? c : "?"; }).join("");
          };
          var count = article.querySelectorAll(":scope > h1:not(.titel), :scope > h2").length;
          var layout = layOut(article, fonts, count);
          var pages = layout.pages.map(function () { return pdf.addPage([PAGE.width, PAGE.height]); });
          layout.pages.forEach(function (ops, i) {
            ops.forEach(function (op) {
              if (op.rect) {
                pages[i].drawRectangle({ x: op.x, y: op.y, width: op.w, height: op.h,
                  color: op.fill ? rgb(lib, op.fill) : undefined, borderColor: op.border ? rgb(lib, op.border) : undefined,
                  borderWidth: op.border ? 0.6 : 0 });
              } else if (op.line) {
                pages[i].drawLine({ start: { x: op.x1, y: op.y }, end: { x: op.x2, y: op.y }, thickness: op.width, color: rgb(lib, op.color) });
              } else {
                pages[i].drawText(op.text, { x: op.x, y: op.y, size: op.size, font: op.font, color: rgb(lib, op.color) });
              }
            });
          });
          drawContents(lib, layout, pages, fonts);
          var text = article.getAttribute("data-voettekst") || "";
          pages.forEach(function (page, i) { footer(lib, page, i + 1, pages.length, text, fonts); });
          pdf.setTitle(article.getAttribute("data-titel") || "", { showInWindowTitleBar: true });
          pdf.setSubject(article.getAttribute("data-onderwerp") || "");
          pdf.setAuthor("Doorstroomtoolkit");
          pdf.setCreator("Doorstroomtoolkit");
          pdf.setProducer("Doorstroomtoolkit (pdf-lib)");
          pdf.setLanguage("nl");
          var datum = D.plan.parseDate(article.getAttribute("data-datum") || "");
          if (datum) { pdf.setCreationDate(datum); pdf.setModificationDate(datum); }
          return pdf.save();
        });
      });
    });
  }

  D.docPdf = { vanHtml: vanHtml };
})(window.Doorstroom);
