/* doc-HTML -> the document tree, as generator/documents/dochtml.py reads it (docs/documenten.md): the same
   elements, the same checks, the same whitespace rule, the same tree. Both writers (Python and this
   browser) start from this tree, so a document made here and one made by the CLI cannot drift. */
(function (D) {
  "use strict";
  var P_CLASSES = { "": "tekst", invullen: "invullen", bron: "bron", klein: "klein", ondertitel: "ondertitel" };
  var HEADINGS = { h1: "kop1", h2: "kop2", h3: "kop3" };
  var CELL_CLASSES = ["gat", "potentie", "gedekt", "beschikbaar", "deels-beschikbaar", "inregelen", "niet-gekozen"];
  var INLINE = ["strong", "em", "a", "br"];
  var ROOT_ATTRIBUTES = ["data-titel", "data-onderwerp", "data-datum", "data-voettekst"];
  var ATTRIBUTES = {
    article: ["class"].concat(ROOT_ATTRIBUTES), h1: ["class"], h2: [], h3: [], p: ["class"],
    nav: ["class", "data-kop"], div: ["class"], ul: [], ol: [], li: [], table: ["class", "data-breedtes"],
    thead: [], tbody: [], tr: [], th: ["class"], td: ["class"], strong: [], em: [], a: ["href"], br: []
  };
  var SPACE = /[ \t\n\r\f]+/g;
  var CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]/g;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  function Fout(message) {
    var error = new Error("doc-HTML: " + message);
    error.name = "DocHtmlFout";
    return error;
  }

  function tag(node) { return node.tagName.toLowerCase(); }
  function attr(node, name) { return node.hasAttribute(name) ? node.getAttribute(name).replace(CONTROL, "") : null; }
  function isText(node) { return node.nodeType === 3; }
  function isElement(node) { return node.nodeType === 1; }
  function children(node) {
    return Array.prototype.filter.call(node.childNodes, function (c) { return isText(c) || isElement(c); });
  }

  /** Every element known, with only its own attributes (checked once, over the whole document). */
  function check(root) {
    [root].concat(Array.prototype.slice.call(root.querySelectorAll("*"))).forEach(function (el) {
      var name = tag(el);
      if (!Object.prototype.hasOwnProperty.call(ATTRIBUTES, name)) { throw Fout("onbekend element <" + name + ">"); }
      var unknown = Array.prototype.map.call(el.attributes, function (a) { return a.name; })
        .filter(function (a) { return ATTRIBUTES[name].indexOf(a) < 0; }).sort();
      if (unknown.length) { throw Fout("<" + name + "> kent het attribuut " + unknown.join(", ") + " niet"); }
    });
  }

  /** The element children of a block container; text other than whitespace is an error. */
  function elements(node, where, allowed) {
    return children(node).filter(function (child) {
      if (isText(child)) {
        if (child.data.replace(SPACE, "")) { throw Fout("tekst " + JSON.stringify(child.data.trim().slice(0, 30)) + " mag niet direct in <" + where + "> staan"); }
        return false;
      }
      if (allowed && allowed.indexOf(tag(child)) < 0) { throw Fout("<" + tag(child) + "> mag niet in <" + where + "> staan"); }
      return true;
    });
  }

  function isInline(node) { return isText(node) || INLINE.indexOf(tag(node)) >= 0; }

  function sameLook(a, b) { return a.vet === b.vet && a.cursief === b.cursief && a.link === b.link; }

  function stripEnd(runs) {
    while (runs.length && !runs[runs.length - 1].regeleinde) {
      var last = runs[runs.length - 1];
      last.tekst = last.tekst.replace(/ +$/, "");
      if (last.tekst) { return; }
      runs.pop();
    }
  }

  /** Browser whitespace: no space at a paragraph's start or end, none twice, none beside a line break. */
  function collapse(raw) {
    var result = [];
    var spaceBefore = true;
    raw.forEach(function (run) {
      if (run.regeleinde) {
        stripEnd(result);
        result.push(run);
        spaceBefore = true;
        return;
      }
      var tekst = spaceBefore && run.tekst.charAt(0) === " " ? run.tekst.slice(1) : run.tekst;
      if (!tekst) { return; }
      spaceBefore = tekst.charAt(tekst.length - 1) === " ";
      var previous = result.length ? result[result.length - 1] : null;
      if (previous && !previous.regeleinde && sameLook(previous, run)) {
        previous.tekst += tekst;
      } else {
        result.push({ tekst: tekst, vet: run.vet, cursief: run.cursief, link: run.link });
      }
    });
    stripEnd(result);
    return result;
  }

  /** Inline content -> runs {tekst, vet, cursief, link} and {regeleinde: true}. */
  function runs(nodes) {
    var raw = [];
    function walk(items, vet, cursief, link) {
      items.forEach(function (item) {
        if (isText(item)) {
          raw.push({ tekst: item.data.replace(CONTROL, "").replace(SPACE, " "), vet: vet, cursief: cursief, link: link });
          return;
        }
        var name = tag(item);
        if (name === "br") { raw.push({ regeleinde: true }); return; }
        if (name === "strong" || name === "em" || name === "a") {
          if (name === "a" && (link !== null || !attr(item, "href"))) { throw Fout("een <a> heeft een href en staat niet in een andere <a>"); }
          walk(children(item), vet || name === "strong", cursief || name === "em", name === "a" ? attr(item, "href") : link);
          return;
        }
        throw Fout("<" + name + "> mag niet in een alinea staan");
      });
    }
    walk(nodes, false, false, null);
    return collapse(raw);
  }

  function inline(node) {
    children(node).forEach(function (child) {
      if (!isInline(child)) { throw Fout("<" + tag(child) + "> mag niet in <" + tag(node) + "> staan"); }
    });
    return runs(children(node));
  }

  function plain(delen) { return delen.map(function (d) { return d.regeleinde ? " " : d.tekst; }).join(""); }

  function cell(node) {
    var klasse = attr(node, "class") || "";
    if (klasse && CELL_CLASSES.indexOf(klasse) < 0) { throw Fout("<" + tag(node) + ' class="' + klasse + '"> bestaat niet'); }
    var alineas = [];
    var pending = [];
    children(node).forEach(function (child) {
      if (isElement(child) && tag(child) === "p") {
        if (child.attributes.length) { throw Fout("een <p> in een tabelcel heeft geen class"); }
        var before = runs(pending);
        if (before.length) { alineas.push(before); }
        pending = [];
        alineas.push(inline(child));
      } else if (isInline(child)) {
        pending.push(child);
      } else {
        throw Fout("<" + tag(child) + "> mag niet in <" + tag(node) + "> staan");
      }
    });
    var rest = runs(pending);
    if (rest.length || !alineas.length) { alineas.push(rest); }
    return { kop: tag(node) === "th", klasse: klasse, alineas: alineas };
  }

  function table(node) {
    var klasse = attr(node, "class") || "";
    var parts = elements(node, "table", ["thead", "tbody"]);
    var names = parts.map(tag).join(",");
    if (names !== "tbody" && names !== "thead,tbody") { throw Fout("een tabel heeft een <tbody> (en daarvoor eventueel een <thead>)"); }
    var kop = [];
    var rijen = [];
    parts.forEach(function (part) {
      elements(part, tag(part), ["tr"]).forEach(function (tr) {
        (tag(part) === "thead" ? kop : rijen).push(elements(tr, "tr", ["th", "td"]).map(cell));
      });
    });
    var widths = kop.concat(rijen).map(function (row) { return row.length; });
    if (!widths.length || Math.min.apply(null, widths) === 0 || widths.some(function (w) { return w !== widths[0]; })) {
      throw Fout("elke rij van een tabel heeft evenveel cellen (minstens één)");
    }
    var breedtes = [];
    var given = attr(node, "data-breedtes");
    if (given !== null) {
      breedtes = given.split(",").map(function (w) {
        if (!/^ *[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)? *$/.test(w)) { throw Fout("data-breedtes is geen lijst getallen: " + JSON.stringify(given)); }
        return parseFloat(w);
      });
      if (breedtes.length !== widths[0] || Math.min.apply(null, breedtes) <= 0) {
        throw Fout("data-breedtes geeft " + breedtes.length + " breedtes voor " + widths[0] + " kolommen");
      }
    }
    return { soort: "tabel", klasse: klasse, breedtes: breedtes, kop: kop, rijen: rijen };
  }

  function Reader() { this.orderedLists = 0; }

  Reader.prototype.items = function (node, level) {
    var self = this;
    if (tag(node) === "ol") { this.orderedLists += 1; }
    var nummer = tag(node) === "ol" ? this.orderedLists : 0;
    var items = [];
    elements(node, tag(node), ["li"]).forEach(function (li) {
      var content = children(li);
      items.push({ niveau: level, nummer: nummer, delen: runs(content.filter(isInline)) });
      content.filter(function (c) { return !isInline(c); }).forEach(function (sub) {
        if (tag(sub) !== "ul" && tag(sub) !== "ol") { throw Fout("<" + tag(sub) + "> mag niet in <li> staan"); }
        if (level === 2) { throw Fout("een lijst heeft hoogstens twee niveaus"); }
        items = items.concat(self.items(sub, 2));
      });
    });
    return items;
  };

  Reader.prototype.block = function (node) {
    var name = tag(node);
    var klasse = attr(node, "class");
    if (HEADINGS[name]) {
      var stijl = HEADINGS[name];
      if (name === "h1" && klasse === "titel") {
        stijl = "titel";
      } else if (klasse !== null) {
        throw Fout("<" + name + ' class="' + klasse + '"> bestaat niet');
      }
      return { soort: "alinea", stijl: stijl, delen: inline(node) };
    }
    if (name === "p") {
      if (!Object.prototype.hasOwnProperty.call(P_CLASSES, klasse || "") || klasse === "") { throw Fout('<p class="' + klasse + '"> bestaat niet'); }
      return { soort: "alinea", stijl: P_CLASSES[klasse || ""], delen: inline(node) };
    }
    if (name === "nav") {
      if (klasse !== "inhoud" || elements(node, "nav").length) { throw Fout('alleen een lege <nav class="inhoud" data-kop="..."></nav>'); }
      var kop = attr(node, "data-kop");
      return { soort: "inhoud", kop: kop === null ? "Inhoud" : kop, items: [] };
    }
    if (name === "div") {
      if (klasse !== "pagina-einde" || elements(node, "div").length || node.textContent.trim()) { throw Fout('alleen een lege <div class="pagina-einde"></div>'); }
      return { soort: "pagina-einde" };
    }
    if (name === "ul" || name === "ol") { return { soort: "lijst", items: this.items(node, 1) }; }
    if (name === "table") { return table(node); }
    throw Fout("<" + name + "> mag niet direct in het document staan");
  };

  /** doc-HTML -> the document tree; throws an Error named DocHtmlFout on anything else. */
  function lees(html) {
    var body = new DOMParser().parseFromString(html, "text/html").body;
    var roots = children(body);
    var articles = roots.filter(isElement);
    var stray = roots.filter(function (c) { return isText(c) && c.data.replace(SPACE, ""); });
    if (articles.length !== 1 || tag(articles[0]) !== "article" || attr(articles[0], "class") !== "doc" || stray.length) {
      throw Fout('het document is precies één <article class="doc">');
    }
    var article = articles[0];
    check(article);
    var datum = attr(article, "data-datum") || "";
    if (!DATE.test(datum)) { throw Fout("data-datum is geen datum JJJJ-MM-DD: " + JSON.stringify(datum)); }
    var reader = new Reader();
    var blokken = elements(article, "article").map(function (child) { return reader.block(child); });
    var headings = blokken.filter(function (b) { return b.soort === "alinea" && (b.stijl === "kop1" || b.stijl === "kop2"); })
      .map(function (b) { return { niveau: Number(b.stijl.slice(-1)), tekst: plain(b.delen) }; });
    var tocs = blokken.filter(function (b) { return b.soort === "inhoud"; });
    if (tocs.length > 1) { throw Fout('er mag één inhoudsopgave (<nav class="inhoud">) zijn'); }
    tocs.forEach(function (toc) { toc.items = headings; });
    return { titel: attr(article, "data-titel") || "", onderwerp: attr(article, "data-onderwerp") || "", datum: datum,
      voettekst: attr(article, "data-voettekst") || "", blokken: blokken };
  }

  D.dochtml = { lees: lees };
})(window.Doorstroom = window.Doorstroom || {});
