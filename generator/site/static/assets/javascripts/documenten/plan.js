/* The plan van aanpak in the browser: the plan context of generator/plan/context.py (the one piece of logic
   written twice: grouping, matching, merging; the tests prove the two equal), the same doc-HTML template
   rendered with Nunjucks, and the same Word writer (docx.js). The toolkit's facts, the template and the
   monitor plan's sheet spec come from the site build (documenten/plan-gegevens.js, loaded on first use).
   Uses D.tekst.punten (the items of a box, as the readers split them). */
(function (D) {
  "use strict";
  var STATUS_WORDS = { beschikbaar: "Beschikbaar", "deels-beschikbaar": "Deels beschikbaar",
    inregelen: "Registratie nog inregelen", "niet-gekozen": "Niet gekozen" };
  var MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december"];
  var WORD = /[\p{L}\p{N}]+/gu;
  var ALNUM = /^[\p{L}\p{N}]$/u;

  // ------------------------------------------------------------------ trefwoorden (generator/plan/trefwoorden.py)
  function fold(text) { return String(text).toLowerCase().normalize("NFKD").replace(/\p{M}/gu, ""); }
  function words(text) { return fold(text).match(WORD) || []; }
  var patterns = {};
  /** A trefwoord as one search over a text's words between spaces (" verhuis[^ ]* "), as trefwoorden.py. */
  function pattern(trefwoord) {
    if (!patterns[trefwoord]) {
      var parts = fold(trefwoord).split(" ").filter(Boolean).map(function (word) {
        return word.split("*").map(function (part) { return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("[^ ]*");
      });
      patterns[trefwoord] = new RegExp(" " + parts.join(" ") + " ", "u");
    }
    return patterns[trefwoord];
  }
  var joinedCache = new Map();
  function joined(text) {
    if (!joinedCache.has(text)) {
      if (joinedCache.size > 8192) { joinedCache.clear(); }
      joinedCache.set(text, " " + words(text).join(" ") + " ");
    }
    return joinedCache.get(text);
  }
  /** The trefwoorden that occur in the text (in the order given). */
  function matches(text, trefwoorden) {
    var j = joined(text);
    return trefwoorden.filter(function (t) { return pattern(t).test(j); });
  }
  /** Where in the text (the how-manieth word) the first of the trefwoorden occurs; null: none does. */
  function position(text, trefwoorden) {
    var j = joined(text);
    var found = trefwoorden.map(function (t) {
      var m = pattern(t).exec(j);
      return m ? j.slice(0, m.index).split(" ").length - 1 : null;
    }).filter(function (i) { return i !== null; });
    return found.length ? Math.min.apply(null, found) : null;
  }
  /** Which trefwoord list the text is about: whose trefwoord comes first in it; a tie: the first list. */
  function best(text, choices) {
    var winner = null;
    var place = null;
    choices.forEach(function (trefwoorden, i) {
      var p = position(text, trefwoorden);
      if (p !== null && (place === null || p < place)) { place = p; winner = i; }
    });
    return winner;
  }

  // ------------------------------------------------------------------ small rules
  function key(text) { return String(text).split(/\s+/).filter(Boolean).join(" ").toLowerCase(); }
  function fileName(path) { var parts = String(path).replace(/\\/g, "/").split("/"); return parts[parts.length - 1]; }
  function lines(text) { return String(text).split("\n").map(function (l) { return l.replace(/\s+$/, ""); }); }
  function dutchDate(iso) {
    var p = iso.split("-").map(Number);
    return p[2] + " " + MAANDEN[p[1] - 1] + " " + p[0];
  }
  function isFileLabel(blad) { return blad.organisatie === blad.bestand || blad.organisatie === fileName(blad.bestand); }
  function items(text) { return D.tekst.punten(text).punten; }
  /** The items of an answer typed as a list (a line starts with a mark), else [] (running text keeps its lines). */
  function listItems(text) {
    var marked = String(text).split("\n").some(function (line) {
      return D.regels.opsommingsteken.test(line.split(/\s+/).filter(Boolean).join(" "));
    });
    return marked ? items(text) : [];
  }
  function pushNew(list, value) { if (list.indexOf(value) < 0) { list.push(value); } }
  function entries(object) { return Object.keys(object).map(function (k) { return [k, object[k]]; }); }

  function afterMarker(item, markers) {
    var folded = fold(item);
    for (var m = 0; m < markers.length; m++) {
      var marker = markers[m];
      if (folded.indexOf(marker) === 0 && !ALNUM.test(folded.slice(marker.length, marker.length + 1))) {
        return strip(item.slice(marker.length), " :-–—()") || item;
      }
      var end = folded.replace(/[ ).]+$/, "");
      if (end.length >= marker.length && end.slice(end.length - marker.length) === marker &&
          !ALNUM.test(end.slice(end.length - marker.length - 1, end.length - marker.length))) {
        return strip(item.slice(0, end.length - marker.length), " :-–—(") || item;
      }
    }
    return null;
  }
  /** Python's str.strip(chars) followed by strip(). */
  function strip(text, chars) {
    var start = 0;
    var stop = text.length;
    while (start < stop && chars.indexOf(text[start]) >= 0) { start++; }
    while (stop > start && chars.indexOf(text[stop - 1]) >= 0) { stop--; }
    return text.slice(start, stop).trim();
  }

  // ------------------------------------------------------------------ the plan context
  function Plan(g, sessie, opties) {
    this.g = g;
    this.sessie = sessie;
    this.opties = opties;
    this.werkbladen = {};
    this.fasen = {};
    var self = this;
    g.werkbladen.forEach(function (w) { self.werkbladen[w.id] = w; });
    g.fasen.forEach(function (f) { self.fasen[f.id] = f.naam; });
    this.labels = this.makeLabels();
  }

  Plan.prototype.parts = function () { return entries(this.sessie.werkbladen); };
  Plan.prototype.ofType = function (layout) { return this.parts().filter(function (p) { return p[1].type === layout; }); };
  Plan.prototype.part = function (id) { return this.sessie.werkbladen[id] || null; };

  Plan.prototype.makeLabels = function () {
    var result = {};
    var seen = {};
    this.parts().forEach(function (p) {
      p[1].bladen.forEach(function (blad) {
        var label = blad.organisatie;
        if (Object.prototype.hasOwnProperty.call(result, label)) { return; }
        if (isFileLabel(blad)) {
          var name = fileName(label);
          seen[name] = (seen[name] || 0) + 1;
          result[label] = seen[name] === 1 ? name : name + " (" + seen[name] + ")";
        } else {
          result[label] = label;
        }
      });
    });
    return result;
  };
  Plan.prototype.label = function (label) {
    return Object.prototype.hasOwnProperty.call(this.labels, label) ? this.labels[label] : label;
  };
  Plan.prototype.answers = function (list, together) {
    var self = this;
    var result = [];
    var seen = {};
    list.forEach(function (a) {
      var label = self.label(a.organisatie);
      var same = together && Object.prototype.hasOwnProperty.call(seen, key(a.tekst)) ? seen[key(a.tekst)] : null;
      if (same) { same.label += ", " + label; return; }
      var entry = { label: label, regels: lines(a.tekst), punten: listItems(a.tekst) };
      seen[key(a.tekst)] = entry;
      result.push(entry);
    });
    return result;
  };

  Plan.prototype.context = function () {
    var self = this;
    var menukaart = this.g.menukaarten[this.opties.sector];
    var rasters = this.ofType("raster");
    var raster = rasters.length ? rasters[0][1] : null;
    this.categories = this.makeCategories(menukaart, raster);
    var organisaties = this.organisations();
    var acties = this.actions(organisaties.nog_betrekken);
    var bladen = [];
    this.parts().forEach(function (p) {
      p[1].bladen.forEach(function (b) {
        bladen.push({ werkblad: self.werkbladen[p[0]].titel, bestand: fileName(b.bestand), label: self.label(b.organisatie) });
      });
    });
    return {
      titel: this.sessie.titel, datum: this.opties.datum, datum_tekst: dutchDate(this.opties.datum),
      bron: this.g.bron, menukaart: menukaart.titel, menukaart_klein: menukaart.titel.toLowerCase(),
      werkbladen: this.werkbladenOverview(),
      vragen: this.vragen(),
      organisaties: organisaties,
      klantreis: this.klantreis(raster),
      categorieen: this.categories,
      acties: acties,
      samenvatting_acties: acties.slice(0, this.g.regels.samenvatting_acties),
      monitor: this.monitor(),
      inventaris: this.inventory(),
      bladen: bladen,
      afgewezen: this.sessie.afgewezen.map(function (r) { return { bestand: fileName(r.bestand), reden: r.reden }; })
    };
  };

  Plan.prototype.werkbladenOverview = function () {
    var self = this;
    var result = {};
    this.g.werkbladen.forEach(function (w) {
      var part = self.part(w.id);
      result[w.id] = { titel: w.titel, ingeleverd: part !== null, aantal: part ? part.bladen.length : 0 };
    });
    return result;
  };

  Plan.prototype.vragen = function () {
    var self = this;
    var result = {};
    this.parts().forEach(function (p) {
      if (!p[1].vragen) { return; }
      result[p[0]] = p[1].vragen.map(function (v) {
        var texts = {};
        v.antwoorden.forEach(function (a) { texts[key(a.tekst)] = true; });
        return { id: v.id, tekst: v.tekst, antwoorden: self.answers(v.antwoorden, true), verschillen: Object.keys(texts).length > 1 };
      });
    });
    return result;
  };

  Plan.prototype.url = function (instrument) {
    var site = this.opties.site || "";
    if (!site) { return ""; }
    return (site.charAt(site.length - 1) === "/" ? site : site + "/") + this.g.instrumenten[instrument].pad;
  };

  Plan.prototype.doneElsewhere = function (raster) {
    var self = this;
    var already = {};
    var stimuleren = "";
    this.g.werkbladen.forEach(function (w) { if (w.type === "raster" && !stimuleren) { stimuleren = w.titel; } });
    function add(organisatie, entry) { (already[key(organisatie)] = already[key(organisatie)] || []).push(entry); }
    (raster ? raster.cellen : []).forEach(function (cel) {
      cel.al.forEach(function (item) {
        add(item.organisatie, { werkblad: stimuleren, tekst: item.tekst, plek: cel.categorie + "\n" + cel.fase });
      });
    });
    this.ofType("klantreis").forEach(function (p) {
      p[1].fasen.forEach(function (fase) {
        fase.antwoorden.forEach(function (antwoord) {
          items(antwoord.tekst).forEach(function (text) {
            add(antwoord.organisatie, { werkblad: self.werkbladen[p[0]].titel, tekst: text, plek: null });
          });
        });
      });
    });
    return function (item, trefwoorden, categorie, fase) {
      var same = fold(item.tekst.split(/\s+/).filter(Boolean).join(" "));
      var shared = matches(item.tekst, trefwoorden);
      return (already[key(item.organisatie)] || []).filter(function (entry) {
        if (entry.plek === categorie + "\n" + fase) { return false; }
        return fold(entry.tekst.split(/\s+/).filter(Boolean).join(" ")) === same || matches(entry.tekst, shared).length > 0;
      }).map(function (entry) { return { werkblad: entry.werkblad, tekst: entry.tekst }; });
    };
  };

  Plan.prototype.makeCategories = function (menukaart, raster) {
    var self = this;
    var rows = {};
    menukaart.categorieen.forEach(function (r) { rows[r.categorie] = r; });
    var cells = {};
    (raster ? raster.cellen : []).forEach(function (c) { cells[c.categorie + "\n" + c.fase] = c; });
    var done = this.doneElsewhere(raster);
    return this.g.categorieen.map(function (categorie) {
      var row = rows[categorie.id] || { doel: "", instrumenten: [] };
      var instrumenten = row.instrumenten.map(function (i) {
        return { tekst: i.tekst, trefwoorden: i.trefwoorden, url: self.url(i.instrument),
          instrument: self.g.instrumenten[i.instrument].titel, al: [], nog: [] };
      });
      var overig = { al: [], nog: [] };
      var open = [];
      self.g.fasen.forEach(function (fase) {
        var cel = cells[categorie.id + "\n" + fase.id];
        if (!cel) { return; }
        if (cel.status !== "gedekt") { open.push({ fase: fase.naam, status: cel.status }); }
        ["al", "nog"].forEach(function (soort) {
          cel[soort].forEach(function (item) {
            var entry = { organisatie: item.organisatie, fase: fase.naam, tekst: item.tekst };
            var which = best(item.tekst, instrumenten.map(function (i) { return i.trefwoorden; }));
            var target = which === null ? null : instrumenten[which];
            if (soort === "nog") { entry.al_elders = done(item, target ? target.trefwoorden : [], categorie.id, fase.id); }
            (target ? target[soort] : overig[soort]).push(entry);
          });
        });
      });
      instrumenten.forEach(function (i) { delete i.trefwoorden; });
      return { nummer: categorie.nummer, naam: categorie.naam, doel: row.doel, instrumenten: instrumenten, overig: overig,
        open: open, ingeleverd: raster !== null };
    });
  };

  Plan.prototype.organisations = function () {
    var self = this;
    var markers = this.g.regels.nog_betrekken.map(fold).sort(function (a, b) { return b.length - a.length; });
    var named = [];
    var nogBetrekken = [];
    ((this.part("organisaties") || {}).vragen || []).forEach(function (vraag) {
      vraag.antwoorden.forEach(function (antwoord) {
        items(antwoord.tekst).forEach(function (item) {
          var rest = afterMarker(item, markers);
          if (rest !== null) { nogBetrekken.push(rest); } else { named.push(item); }
        });
      });
    });
    var people = [];  // [key, entry] in order of first mention, as a Python dict keeps them
    function person(name) {
      var k = key(name);
      for (var i = 0; i < people.length; i++) {
        var known = people[i][0];
        if (k === known || k.indexOf(known + " ") === 0 || known.indexOf(k + " ") === 0) { return people[i][1]; }
      }
      var entry = { naam: name, genoemd: false, bladen: [], al: 0, nog: 0, instrumenten: [], contact: [] };
      people.push([k, entry]);
      return entry;
    }
    this.parts().forEach(function (p) {
      if (self.werkbladen[p[0]].labelveld !== "organisatie") { return; }
      p[1].bladen.forEach(function (blad) { pushNew(person(blad.organisatie).bladen, self.werkbladen[p[0]].titel); });
    });
    named.forEach(function (name) { person(name).genoemd = true; });
    this.categories.forEach(function (categorie) {
      categorie.instrumenten.forEach(function (instrument) {
        ["al", "nog"].forEach(function (soort) {
          instrument[soort].forEach(function (item) {
            var entry = person(item.organisatie);
            if (soort === "al") { pushNew(entry.instrumenten, instrument.instrument); }
          });
        });
      });
      ["al", "nog"].forEach(function (soort) {
        var all = [];
        categorie.instrumenten.forEach(function (ins) { all = all.concat(ins[soort]); });
        all.concat(categorie.overig[soort]).forEach(function (item) { person(item.organisatie)[soort] += 1; });
      });
    });
    this.ofType("klantreis").forEach(function (p) {
      p[1].fasen.forEach(function (fase) {
        fase.antwoorden.forEach(function (antwoord) { pushNew(person(antwoord.organisatie).contact, self.fasen[fase.fase]); });
      });
    });
    var groupSheets = [];
    this.parts().forEach(function (p) {
      if (self.werkbladen[p[0]].labelveld !== "organisatie") { groupSheets = groupSheets.concat(p[1].bladen); }
    });
    var namedGroups = groupSheets.filter(function (b) { return !isFileLabel(b); }).map(function (b) { return b.organisatie; });
    var groepen = [];
    var known = people.map(function (p) { return p[0]; });
    namedGroups.forEach(function (g) { if (known.indexOf(key(g)) < 0) { pushNew(groepen, g); } });  // a table, not a partner
    return { lijst: people.map(function (p) { return p[1]; }), nog_betrekken: nogBetrekken, groepen: groepen,
      naamloos: groupSheets.length - namedGroups.length };
  };

  Plan.prototype.actions = function (nogBetrekken) {
    var acties = [];
    this.categories.forEach(function (categorie) {
      var merged = [];
      var byKey = {};
      var ideas = [];
      categorie.instrumenten.forEach(function (i) { ideas = ideas.concat(i.nog); });
      ideas.concat(categorie.overig.nog).forEach(function (item) {
        var k = key(item.tekst);
        if (!Object.prototype.hasOwnProperty.call(byKey, k)) {
          byKey[k] = { soort: "idee", regels: lines(item.tekst), categorie: categorie.naam, fasen: [], door: [],
            al_elders: [] };
          merged.push(byKey[k]);
        }
        var actie = byKey[k];
        pushNew(actie.fasen, item.fase);
        pushNew(actie.door, item.organisatie);
        item.al_elders.forEach(function (e) { actie.al_elders.push({ organisatie: item.organisatie, werkblad: e.werkblad, tekst: e.tekst }); });
      });
      acties = acties.concat(merged);
    });
    this.categories.forEach(function (categorie) {
      categorie.open.forEach(function (cel) {
        if (cel.status === "gat") {
          acties.push({ soort: "gat", regels: [], categorie: categorie.naam, fasen: [cel.fase], door: [],
            al_elders: [], suggesties: categorie.instrumenten.map(function (i) { return i.tekst; }) });
        }
      });
    });
    nogBetrekken.forEach(function (name) {
      acties.push({ soort: "betrekken", regels: [name], categorie: "", fasen: [], door: [], al_elders: [] });
    });
    return acties;
  };

  Plan.prototype.klantreis = function (raster) {
    var g = this.g;
    if (raster === null) { return { ingeleverd: false, fasen: [], totaal: {}, gaten: [], matrix: [] }; }
    var cells = {};
    raster.cellen.forEach(function (c) { cells[c.categorie + "\n" + c.fase] = c.status; });
    var statuses = ["gat", "potentie", "gedekt"];
    var fasen = g.fasen.map(function (f) {
      var entry = { naam: f.naam };
      statuses.forEach(function (s) {
        entry[s] = g.categorieen.filter(function (c) { return cells[c.id + "\n" + f.id] === s; }).length;
      });
      return entry;
    });
    var totaal = {};
    statuses.forEach(function (s) { totaal[s] = fasen.reduce(function (sum, f) { return sum + f[s]; }, 0); });
    var gaten = g.categorieen.map(function (c) {
      return { categorie: c.naam, fasen: g.fasen.filter(function (f) { return cells[c.id + "\n" + f.id] === "gat"; })
        .map(function (f) { return f.naam; }) };
    }).filter(function (x) { return x.fasen.length; });
    var matrix = g.categorieen.map(function (c) {
      return { categorie: c.nummer + " " + c.naam, cellen: g.fasen.map(function (f) { return cells[c.id + "\n" + f.id]; }) };
    });
    return { ingeleverd: true, fasen: fasen, totaal: totaal, gaten: gaten, matrix: matrix, organisaties: raster.organisaties.length };
  };

  Plan.prototype.monitor = function () {
    var self = this;
    var regels = this.sessie.monitorplan.map(function (regel) {
      var facts = self.g.indicatoren[regel.werkblad].indicatoren[regel.indicator];
      var toelichting = regel.toelichting.map(function (t) { return self.label(t.organisatie) + ": " + t.tekst; });
      var indicator = regel.tekst;
      if (facts.plaatshouder && toelichting.length) {
        indicator += " (ingevuld als: " + regel.toelichting.map(function (t) {
          return t.tekst.split(/\s+/).filter(Boolean).join(" ");
        }).join("; ") + ")";
      }
      var labels = function (list) { return list.map(function (x) { return self.label(x); }); };
      return { indicator: indicator, definitie: facts.definitie, werkblad: self.werkbladen[regel.werkblad].titel,
        groep: facts.groep, gewenst: labels(regel.opnemen), beschikbaar: labels(regel.beschikbaar),
        niet_beschikbaar: labels(regel.niet_beschikbaar), status: regel.status, status_tekst: STATUS_WORDS[regel.status],
        toelichting: toelichting };
    });
    var aantal = {};
    Object.keys(STATUS_WORDS).forEach(function (s) { aantal[s] = regels.filter(function (r) { return r.status === s; }).length; });
    var aantekeningen = [];
    var doelen = [];
    this.ofType("indicatoren").forEach(function (p) {
      (p[1].aantekeningen || []).forEach(function (a) {
        aantekeningen.push({ werkblad: self.werkbladen[p[0]].titel, label: self.label(a.organisatie), regels: lines(a.tekst) });
      });
    });
    this.ofType("indicatoren").forEach(function (p) {
      entries(p[1].gekozen).forEach(function (g) {
        doelen.push({ werkblad: self.werkbladen[p[0]].titel, doel: self.g.indicatoren[p[0]].groepen[g[0]],
          door: g[1].map(function (x) { return self.label(x); }) });
      });
    });
    return { regels: regels, gekozen: regels.filter(function (r) { return r.status !== "niet-gekozen"; }), aantal: aantal,
      ingeleverd: this.ofType("indicatoren").length > 0, aantekeningen: aantekeningen, doelen: doelen };
  };

  Plan.prototype.inventory = function () {
    var self = this;
    var names = {};
    this.g.categorieen.forEach(function (c) { names[c.id] = c.naam; });
    return this.parts().map(function (p) {
      var deel = p[1];
      var entry = { titel: self.werkbladen[p[0]].titel, type: deel.type, delen: [] };
      if (deel.vragen) {
        entry.delen = deel.vragen.map(function (v) { return { kop: v.tekst, antwoorden: self.answers(v.antwoorden) }; });
      } else if (deel.fasen) {
        entry.delen = deel.fasen.map(function (f) { return { kop: self.fasen[f.fase], antwoorden: self.answers(f.antwoorden) }; });
      } else if (deel.cellen) {
        self.g.fasen.forEach(function (fase) {
          var cells = deel.cellen.filter(function (c) { return c.fase === fase.id; });
          entry.delen.push({ kop: fase.naam, soorten: ["al", "nog"].map(function (soort) {
            var punten = [];
            cells.forEach(function (c) {
              c[soort].forEach(function (i) { punten.push({ label: i.organisatie, categorie: names[c.categorie], regels: lines(i.tekst) }); });
            });
            return { soort: soort, punten: punten };
          }) });
        });
      } else if (deel.indicatoren) {
        entry.delen = [{ kop: "", antwoorden: self.answers(deel.aantekeningen || []) }];
      }
      return entry;
    });
  };

  function context(gegevens, sessie, opties) { return new Plan(gegevens, sessie, opties).context(); }

  // ------------------------------------------------------------------ rendering
  function loaded() {
    var data = D.planGegevens ? Promise.resolve(D.planGegevens)
      : D.laden.script("assets/javascripts/documenten/plan-gegevens.js").then(function () { return D.planGegevens; });
    return Promise.all([data, D.laden.nunjucks()]);
  }

  function options(opties) {
    var o = opties || {};
    return { sector: o.sector || "sociaal", datum: o.datum || new Date().toISOString().slice(0, 10),
      site: o.site === undefined ? D.laden.root : o.site };
  }

  /** The doc-HTML of the plan (the same Nunjucks settings as Jinja2 in the CLI). */
  function html(sessie, opties) {
    return loaded().then(function (parts) {
      var env = new parts[1].Environment(null, { autoescape: true, trimBlocks: true, lstripBlocks: true });
      return env.renderString(parts[0].sjabloon, context(parts[0].gegevens, sessie, options(opties)));
    });
  }

  D.planContext = { context: context, matches: matches, fold: fold };
  D.plan = {
    /** Promise of plan-van-aanpak.docx for a sessie.json; opties {sector, datum (YYYY-MM-DD), site}. */
    docx: function (sessie, opties) { return html(sessie, opties).then(D.docx.vanHtml); },
    html: html,
    /** The plan context (for the monitor plan and the tests). */
    context: function (sessie, opties) {
      return loaded().then(function (parts) { return context(parts[0].gegevens, sessie, options(opties)); });
    },
    gegevens: function () { return loaded().then(function (parts) { return parts[0]; }); }
  };
})(window.Doorstroom = window.Doorstroom || {});
