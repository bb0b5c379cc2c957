/* The page "Sessie voorbereiden": the choices on the page -> the plan (plan.js, as the CLI builds it) ->
   the files: draaiboek (PDF: doc-pdf.js, Word: the shared docx writer), invitation, sessie-plan.json and
   the sheets per organisation (bladen.js), apart or as one ZIP (fflate). Everything is made on this
   computer; nothing is sent, nothing is stored (except the plan for "Presenteren", in this tab only). */
(function (D) {
  "use strict";
  var root = document.querySelector(".vb");
  if (!root) { return; }
  var V = D.voorbereiden;
  var cat = V.catalogus;
  var form = root.querySelector(".vb-formulier");
  var list = root.querySelector("#vb-agenda");
  var problemsBox = root.querySelector("#vb-problemen");
  var overview = root.querySelector("#vb-overzicht");
  var status = root.querySelector(".vb-status");
  var sheetList = root.querySelector("#vb-bladen");
  var field = function (id) { return root.querySelector("#vb-" + id); };
  var byId = {};
  cat.onderdelen.forEach(function (o) { byId[o.id] = o; });
  var onderwerpen = {};
  cat.onderwerpen.forEach(function (o) { onderwerpen[o.id] = o; });
  var WIJZEN = [["per-organisatie", "per organisatie"], ["per-tafel", "per tafel"], ["plenair", "plenair (samen)"]];
  // A first session: the route of onderwerp 1 without the optional sheet and the second menukaart.
  var FIRST = ["organisaties", "ambities", "sociaal", "stimuleren"];
  var current = null;  // the plan shown now
  var pauzes = 0;

  function say(text) { status.textContent = text; }

  function element(tag, attrs, text) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function minutesInput(id, value, label) {
    var box = element("span", { class: "vb-rij__minuten" });
    box.appendChild(element("label", { for: id }, "Minuten"));
    var input = element("input", { type: "number", id: id, class: "vb-veld vb-minuten", min: "0", max: "480",
      value: String(value), "aria-label": "Minuten voor " + label });
    box.appendChild(input);
    return box;
  }

  function moveButtons(label, removable) {
    var box = element("span", { class: "vb-rij__volgorde" });
    box.appendChild(element("button", { type: "button", class: "md-button vb-klein", "data-rij": "omhoog",
      "aria-label": label + " omhoog" }, "↑"));
    box.appendChild(element("button", { type: "button", class: "md-button vb-klein", "data-rij": "omlaag",
      "aria-label": label + " omlaag" }, "↓"));
    if (removable) {
      box.appendChild(element("button", { type: "button", class: "md-button vb-klein", "data-rij": "weg",
        "aria-label": label + " verwijderen" }, "Verwijderen"));
    }
    return box;
  }

  function itemRow(o) {
    var li = element("li", { class: "vb-rij", "data-id": o.id });
    var kies = element("span", { class: "vb-rij__kies" });
    var box = element("input", { type: "checkbox", id: "vb-aan-" + o.id });
    box.checked = FIRST.indexOf(o.id) >= 0;
    kies.appendChild(box);
    var label = element("label", { for: "vb-aan-" + o.id });
    label.appendChild(element("span", { class: "vb-rij__titel" }, o.titel));
    label.appendChild(element("span", { class: "vb-rij__onderwerp" }, onderwerpen[o.onderwerp].titel));
    kies.appendChild(label);
    li.appendChild(kies);
    li.appendChild(minutesInput("vb-min-" + o.id, o.minuten, o.titel));
    var wie = element("span", { class: "vb-rij__wie" });
    if (o.soort === "werkblad" && !o.organisatie) {
      wie.appendChild(element("label", { for: "vb-wie-" + o.id }, "Wie vult in"));
      var select = element("select", { id: "vb-wie-" + o.id, class: "vb-veld", "aria-label": "Wie vult " + o.titel + " in" });
      WIJZEN.forEach(function (w) {
        var option = element("option", { value: w[0] }, w[1]);
        option.selected = w[0] === o.invullen;
        select.appendChild(option);
      });
      wie.appendChild(select);
    } else {
      wie.appendChild(element("span", { class: "vb-uitleg" }, o.soort === "werkblad"
        ? "Per organisatie: het blad vraagt om de organisatie."
        : "Wordt niet ingeleverd; een afdruk per organisatie."));
    }
    li.appendChild(wie);
    li.appendChild(moveButtons(o.titel, false));
    return li;
  }

  function pauseRow(minutes) {
    pauzes += 1;
    var li = element("li", { class: "vb-rij vb-rij--pauze", "data-id": "pauze" });
    var kies = element("span", { class: "vb-rij__kies" });
    kies.appendChild(element("span", { class: "vb-rij__titel" }, cat.pauze.titel));
    li.appendChild(kies);
    li.appendChild(minutesInput("vb-min-pauze-" + pauzes, minutes, cat.pauze.titel));
    li.appendChild(element("span", { class: "vb-rij__wie" }));
    li.appendChild(moveButtons(cat.pauze.titel, true));
    return li;
  }

  function number(input) {
    var value = input.value.trim();
    return /^\d+$/.test(value) ? Number(value) : value;
  }

  function lines(text) { return text.split(/\r\n|\r|\n/).map(function (l) { return l.trim(); }).filter(Boolean); }

  /** The choices as the plan builder (and `doorstroom voorbereiden`) takes them. */
  function keuzes() {
    var onderdelen = [];
    var minuten = {};
    var invullen = {};
    var pause = 0;
    list.querySelectorAll(".vb-rij").forEach(function (li) {
      var id = li.getAttribute("data-id");
      var minutes = number(li.querySelector(".vb-minuten"));
      if (id === "pauze") {
        pause += 1;
        onderdelen.push("pauze");
        if (minutes !== cat.pauze.minuten) { minuten["pauze-" + pause] = minutes; }
        return;
      }
      if (!li.querySelector("input[type=checkbox]").checked) { return; }
      onderdelen.push(id);
      if (minutes !== byId[id].minuten) { minuten[id] = minutes; }
      var select = li.querySelector("select");
      if (select && select.value !== byId[id].invullen) { invullen[id] = select.value; }
    });
    [["welkom", cat.opening], ["afsluiting", cat.afsluiting]].forEach(function (fixed) {
      var minutes = number(field(fixed[0]));
      if (minutes !== fixed[1].minuten) { minuten[fixed[1].id] = minutes; }
    });
    var intro = number(field("inleiding"));
    var seen = {};
    onderdelen.forEach(function (id) {
      var o = byId[id];
      if (o && !seen[o.onderwerp] && intro !== onderwerpen[o.onderwerp].minuten) { minuten[o.onderwerp] = intro; }
      if (o) { seen[o.onderwerp] = true; }
    });
    return {
      titel: field("titel").value, datum: field("datum").value, plaats: field("plaats").value,
      begintijd: field("begintijd").value, papier: field("papier").value, contact: field("contact").value,
      inleveren: field("inleveren").value, onderdelen: onderdelen, minuten: minuten, invullen: invullen,
      organisaties: D.organisaties.tekst(field("organisaties").value), tafels: lines(field("tafels").value)
    };
  }

  function buttons(enabled) {
    root.querySelectorAll(".vb-knoppen button").forEach(function (b) { b.disabled = !enabled; });
  }

  function showProblems(problems) {
    problemsBox.textContent = "";
    if (!problems.length) { return; }
    problemsBox.appendChild(element("p", { class: "vb-problemen__kop" }, "Nog niet klaar:"));
    var ul = element("ul");
    problems.forEach(function (p) { ul.appendChild(element("li", {}, p)); });
    problemsBox.appendChild(ul);
  }

  function showPlan(plan) {
    overview.textContent = "";
    if (!plan) { return; }
    var wijze = {};
    WIJZEN.forEach(function (w) { wijze[w[0]] = w[1]; });
    var vooraf = plan.bladen.filter(function (b) { return Object.keys(b.velden).length; }).length;
    overview.appendChild(element("p", {}, D.draaiboek.langeDatum(plan.datum) + ", " + plan.begintijd + " tot " +
      plan.eindtijd + " uur. " + plan.organisaties.length + (plan.organisaties.length === 1 ? " organisatie, " : " organisaties, ") +
      vooraf + (vooraf === 1 ? " blad" : " bladen") + " met de naam al ingevuld."));
    var wrap = element("div", { class: "vb-tabel", tabindex: "0", role: "region", "aria-label": "Agenda met tijden" });
    var table = element("table", { class: "vb-agendatabel" });  // its own look; the wrapper scrolls
    table.appendChild(element("caption", {}, "Agenda met tijden"));
    var head = element("tr");
    ["Tijd", "Onderdeel", "Minuten", "Wie vult in"].forEach(function (h) { head.appendChild(element("th", { scope: "col" }, h)); });
    table.appendChild(element("thead")).appendChild(head);
    var body = table.appendChild(element("tbody"));
    plan.agenda.concat([{ begin: plan.eindtijd, eind: "", titel: "Einde", minuten: plan.agenda.reduce(function (s, i) { return s + i.minuten; }, 0), invullen: null }])
      .forEach(function (item) {
        var tr = element("tr");
        tr.appendChild(element("td", {}, item.eind ? item.begin + "–" + item.eind : item.begin));
        tr.appendChild(element("td", {}, item.titel));
        tr.appendChild(element("td", {}, String(item.minuten)));
        tr.appendChild(element("td", {}, item.invullen ? wijze[item.invullen] : ""));
        body.appendChild(tr);
      });
    wrap.appendChild(table);
    overview.appendChild(wrap);
  }

  function showSheets(plan) {
    sheetList.textContent = "";
    if (!plan) { return; }
    plan.bladen.forEach(function (blad, i) {
      var li = element("li");
      li.appendChild(element("button", { type: "button", class: "md-button vb-klein", "data-blad": String(i) }, blad.bestand));
      if (blad.voor) { li.appendChild(document.createTextNode(" " + blad.voor)); }
      sheetList.appendChild(li);
    });
  }

  function update() {
    var result = D.plan.maak(cat, keuzes());
    current = result.plan || null;
    showProblems(result.problemen || []);
    showPlan(current);
    showSheets(current);
    buttons(Boolean(current));
    root.setAttribute("data-plan", current ? "klaar" : "fout");
  }

  function download(bytes, name, type) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var link = element("a", { href: url, download: name });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  var TYPES = { pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    txt: "text/plain;charset=utf-8", json: "application/json", zip: "application/zip" };

  /** The shared Word writer (documenten/docx.js, on this page; npm docx loads on first use). */
  function docxWriter() {
    return D.docx && D.docx.vanHtml ? Promise.resolve(D.docx) : Promise.reject(new Error("geen Word-schrijver op deze pagina"));
  }

  var maker = {
    "draaiboek.pdf": function (plan) { return D.draaiboek.html(plan).then(D.docPdf.vanHtml); },
    "draaiboek.docx": function (plan) {
      return Promise.all([D.draaiboek.html(plan), docxWriter()]).then(function (r) { return r[1].vanHtml(r[0]); });
    },
    "uitnodiging.txt": function (plan) {
      return D.draaiboek.uitnodiging(plan).then(function (text) { return new TextEncoder().encode(text); });
    },
    "sessie-plan.json": function (plan) { return Promise.resolve(D.plan.json(plan)); }
  };

  function type(name) { return TYPES[name.split(".").pop()]; }

  function single(name) {
    if (!current) { return; }
    var plan = current;
    say(name + " wordt gemaakt…");
    maker[name](plan).then(function (bytes) {
      download(bytes, name, type(name));
      say(name + " is gedownload.");
    }, function (error) { say(failed(name, error)); });
  }

  function failed(name, error) {
    if (name === "draaiboek.docx") {
      return "Het draaiboek als Word-bestand kan op deze site niet worden gemaakt (" + ((error && error.message) || "fout") +
        "). Het draaiboek als PDF werkt wel.";
    }
    return name + " kon niet worden gemaakt (" + ((error && error.message) || "fout") + "). Meld dit aan de beheerder van de site.";
  }

  /** Every file, then one ZIP; a file that cannot be made is left out and named (the rest is there). */
  function zip() {
    if (!current) { return; }
    var plan = current;
    var names = Object.keys(maker).concat(plan.bladen.map(function (b) { return b.bestand; }));
    var files = {};
    var missing = [];
    var done = 0;
    function one(name) {
      var blad = plan.bladen.filter(function (b) { return b.bestand === name; })[0];
      var made = blad ? D.bladen.maak(blad, plan.papier) : maker[name](plan);
      return made.then(function (bytes) { files[name] = bytes; }, function (error) { missing.push(failed(name, error)); })
        .then(function () { done += 1; say(done + " van " + names.length + " bestanden gemaakt…"); });
    }
    say("De bestanden worden gemaakt…");
    names.reduce(function (chain, name) { return chain.then(function () { return one(name); }); }, Promise.resolve())
      .then(function () { return D.laden.script("assets/javascripts/vendor/fflate.min.js"); })
      .then(function () {
        var entries = {};
        names.forEach(function (name) { if (files[name]) { entries[name] = [files[name], { level: 6 }]; } });
        download(window.fflate.zipSync(entries, { mtime: new Date(2023, 0, 1) }), "voorbereiding.zip", TYPES.zip);
        say("voorbereiding.zip is gedownload (" + Object.keys(entries).length + " bestanden)." +
          (missing.length ? " Niet erin: " + missing.join(" ") : ""));
        root.setAttribute("data-zip", String(Object.keys(entries).length));
      }, function (error) { say(failed("voorbereiding.zip", error)); });
  }

  function present() {
    if (!current) { return; }
    try { window.sessionStorage.setItem("doorstroom:sessie-plan", JSON.stringify(current)); } catch (e) { /* private mode */ }
    window.location.href = new URL("presenteren/index.html#agenda", D.laden.root).href;
  }

  function move(li, direction) {
    if (direction === "omhoog" && li.previousElementSibling) { list.insertBefore(li, li.previousElementSibling); }
    if (direction === "omlaag" && li.nextElementSibling) { list.insertBefore(li.nextElementSibling, li); }
    if (direction === "weg") {
      var next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      if (next) { next.querySelector("button, input").focus(); }
      update();
      return;
    }
    li.querySelector("[data-rij=" + direction + "]").focus();
    update();
  }

  /** A saved plan back on the page (its choices, in its order). */
  function open(plan) {
    ["titel", "datum", "plaats", "begintijd", "papier", "contact", "inleveren"].forEach(function (k) {
      if (typeof plan[k] === "string") { field(k).value = plan[k]; }
    });
    field("organisaties").value = plan.organisaties.map(function (o) { return o.contact ? o.naam + "; " + o.contact : o.naam; }).join("\n");
    field("tafels").value = plan.tafels.map(function (t) { return t.naam; }).join("\n");
    var minutes = { opening: 0, afsluiting: 0, onderwerp: null };
    list.querySelectorAll(".vb-rij--pauze").forEach(function (li) { li.remove(); });
    list.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = false; });
    var last = null;
    plan.agenda.forEach(function (item) {
      if (item.soort === "opening" || item.soort === "afsluiting") { minutes[item.soort] = item.minuten; return; }
      if (item.soort === "onderwerp") { if (minutes.onderwerp === null) { minutes.onderwerp = item.minuten; } return; }
      var li = item.soort === "pauze" ? pauseRow(item.minuten) : list.querySelector(".vb-rij[data-id=\"" + item.id + "\"]");
      if (!li) { return; }
      if (item.soort !== "pauze") {
        li.querySelector("input[type=checkbox]").checked = true;
        li.querySelector(".vb-minuten").value = String(item.minuten);
        var select = li.querySelector("select");
        if (select && item.invullen) { select.value = item.invullen; }
      }
      if (last) { last.insertAdjacentElement("afterend", li); } else { list.insertBefore(li, list.firstChild); }
      last = li;
    });
    field("welkom").value = String(minutes.opening);
    field("afsluiting").value = String(minutes.afsluiting);
    field("inleiding").value = String(minutes.onderwerp === null ? cat.onderwerpen[0].minuten : minutes.onderwerp);
    update();
  }

  function readFile(input, handle) {
    var file = input.files[0];
    input.value = "";
    if (!file) { return; }
    file.arrayBuffer().then(function (buffer) { return handle(file.name, new Uint8Array(buffer)); }).catch(function (error) {
      say(error instanceof D.organisaties.Fout || error instanceof D.regels.Afwijzing ? (error.message || error.reden)
        : "Dit bestand kan niet worden gelezen (" + ((error && error.name) || "fout") + ").");
    });
  }

  var actions = {
    openen: function () { field("planbestand").click(); },
    lijst: function () { field("lijstbestand").click(); },
    pauze: function () {
      var li = pauseRow(cat.pauze.minuten);
      list.appendChild(li);
      li.querySelector("input").focus();
      update();
    },
    zip: zip,
    pdf: function () { single("draaiboek.pdf"); },
    docx: function () { single("draaiboek.docx"); },
    uitnodiging: function () { single("uitnodiging.txt"); },
    plan: function () { single("sessie-plan.json"); },
    presenteren: present
  };

  cat.onderdelen.forEach(function (o) { list.appendChild(itemRow(o)); });
  list.insertBefore(pauseRow(cat.pauze.minuten), list.querySelector(".vb-rij[data-id=stimuleren]"));

  root.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    if (button.hasAttribute("data-rij")) { move(button.closest(".vb-rij"), button.getAttribute("data-rij")); return; }
    if (button.hasAttribute("data-blad") && current) {
      var blad = current.bladen[Number(button.getAttribute("data-blad"))];
      say(blad.bestand + " wordt gemaakt…");
      D.bladen.maak(blad, current.papier).then(function (bytes) {
        download(bytes, blad.bestand.split("/").pop(), TYPES.pdf);
        say(blad.bestand.split("/").pop() + " is gedownload.");
      }, function (error) { say(failed(blad.bestand, error)); });
      return;
    }
    var action = actions[button.getAttribute("data-actie")];
    if (action) { action(); }
  });
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  field("lijstbestand").addEventListener("change", function () {
    readFile(field("lijstbestand"), function (name, bytes) {
      return D.organisaties.leesBestand(name, bytes).then(function (found) {
        field("organisaties").value = found.map(function (o) { return o.contact ? o.naam + "; " + o.contact : o.naam; }).join("\n");
        update();
        say(found.length + (found.length === 1 ? " organisatie" : " organisaties") + " gelezen uit " + name + ".");
      });
    });
  });
  field("planbestand").addEventListener("change", function () {
    readFile(field("planbestand"), function (name, bytes) {
      var content;
      try { content = JSON.parse(new TextDecoder().decode(bytes)); } catch (e) { content = null; }
      if (!D.sessieplan.isPlan(content)) { throw new D.organisaties.Fout(name + ": dit is geen sessieplan (sessie-plan.json)."); }
      open(D.sessieplan.lees(content));
      say("Het sessieplan uit " + name + " staat weer op de pagina.");
    });
  });
  update();
  D.planner = { keuzes: keuzes, plan: function () { return current; }, open: open, update: update };
})(window.Doorstroom);
