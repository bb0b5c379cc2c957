/* Fill in a werkblad in the browser. Nothing leaves the computer: answers stay in the browser
   (doorstroom-opslag.js decides where and for how long), files are made and read locally, the blank
   PDF and pdf-lib come from this site itself. */
(function () {
  "use strict";
  var form = document.querySelector("form.ws-formulier");
  if (!form) { return; }
  var werkblad = form.getAttribute("data-werkblad");
  var opslag = window.doorstroomOpslag;
  var keepBox = form.querySelector("#ws-bewaren");  // praatplaten: keep beyond this tab only when ticked
  var message = form.querySelector(".ws-melding");  // the one live region; .ws-melding-kopie shows it below the sheet
  var messageBelow = form.querySelector(".ws-melding-kopie");
  var savedLines = form.querySelectorAll(".ws-bewaard");
  var labelField = form.getAttribute("data-labelveld");  // "organisatie" or "ingevuld-door": names the saved files
  var fileInput = form.querySelector(".ws-bestandkiezer");
  var scriptBase = (document.currentScript && document.currentScript.src) ||
    Array.prototype.slice.call(document.scripts).map(function (s) { return s.src; })
      .filter(function (src) { return /werkblad-formulier\.js/.test(src); })[0];

  function fields() { return Array.prototype.slice.call(form.querySelectorAll("[name]")).filter(function (f) { return f.type !== "file"; }); }
  function field(name) { return fields().filter(function (f) { return f.name === name; })[0]; }
  function say(text, isError) {
    message.textContent = text;
    message.className = "ws-melding" + (isError ? " ws-melding--fout" : "");
    if (messageBelow) {
      messageBelow.textContent = text;
      messageBelow.className = "ws-melding-kopie" + (isError ? " ws-melding--fout" : "");
    }
  }
  // What went wrong goes to the console for whoever helps; the person filling in gets a Dutch sentence.
  function failed(text, error) {
    if (window.console && error) { window.console.error(error); }
    say(text, true);
  }

  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december"];
  function clock(date) { return ("0" + date.getHours()).slice(-2) + ":" + ("0" + date.getMinutes()).slice(-2); }
  function when(date) {
    var today = new Date();
    var sameDay = date.toDateString() === today.toDateString();
    return (sameDay ? "vandaag" : date.getDate() + " " + MONTHS[date.getMonth()] +
      (date.getFullYear() === today.getFullYear() ? "" : " " + date.getFullYear())) + " om " + clock(date);
  }
  function where() { return keep() ? "op dit apparaat" : "in dit tabblad"; }
  function showSaved(text) { savedLines.forEach(function (line) { line.textContent = text; }); }

  function collect() {
    var answers = {};
    fields().forEach(function (f) {
      if (f.name === "organisatie") { return; }
      answers[f.name] = f.type === "checkbox" ? f.checked : f.value;
    });
    var org = field("organisatie");
    return { werkblad: werkblad, organisatie: org ? org.value.trim() : "", antwoorden: answers };
  }

  function apply(data) {
    fields().forEach(function (f) {
      var value = f.name === "organisatie" ? data.organisatie : (data.antwoorden || {})[f.name];
      if (f.type === "checkbox") { f.checked = value === true; } else { f.value = typeof value === "string" ? value : ""; }
    });
  }

  // Paper cannot scroll a textarea: keep a printable copy of each one's text beside it.
  function mirror(textarea) {
    var copy = textarea.nextElementSibling;
    if (!copy || !copy.classList.contains("ws-afdruk")) {
      copy = document.createElement("div");
      copy.className = "ws-afdruk";
      copy.setAttribute("aria-hidden", "true");
      textarea.insertAdjacentElement("afterend", copy);
    }
    copy.textContent = textarea.value;
  }
  function mirrorAll() { form.querySelectorAll("textarea").forEach(mirror); }

  // A text area grows with its text, so every line stays in view (also on a phone).
  function grow(textarea) {
    textarea.style.height = "auto";
    textarea.style.height = (textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight) + "px";
  }
  function growAll() { form.querySelectorAll("textarea").forEach(grow); }

  function keep() { return form.getAttribute("data-bewaren") === "apparaat" || Boolean(keepBox && keepBox.checked); }
  function store() {
    mirrorAll();
    var data = collect();
    data.bewaard = new Date().toISOString();  // only in the browser's copy, never in a saved file
    if (opslag.write(werkblad, data, keep())) {
      showSaved("Uw antwoorden zijn " + where() + " bewaard (" + when(new Date()) + ").");
    } else {
      showSaved("Let op: deze browser bewaart niets (opslag uitgeschakeld of vol). Sla uw antwoorden op als bestand.");
    }
  }

  function check(data) {
    if (!data || typeof data !== "object" || Array.isArray(data)) { return "Dit bestand is geen antwoordbestand."; }
    if (data.werkblad !== werkblad) {
      return "Dit bestand hoort bij werkblad '" + data.werkblad + "', niet bij dit werkblad ('" + werkblad + "').";
    }
    if (data.organisatie !== undefined && typeof data.organisatie !== "string") { return "De organisatie in dit bestand is geen tekst."; }
    var answers = data.antwoorden || {};
    if (typeof answers !== "object" || Array.isArray(answers)) { return "De antwoorden in dit bestand zijn niet leesbaar."; }
    for (var name in answers) {
      var f = field(name);
      if (!f || name === "organisatie") { return "Dit bestand bevat een onbekend veld: '" + name + "'."; }
      var expected = f.type === "checkbox" ? "boolean" : "string";
      if (typeof answers[name] !== expected) { return "Het veld '" + name + "' heeft een verkeerde waarde."; }
    }
    return null;
  }

  function slug(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }
  // Named after who filled it in ("gemeente-lindewaard-ambities.json"), so a folder of sheets stays readable.
  function fileName(extension) {
    var named = labelField && field(labelField);
    var label = slug(named ? named.value.trim() : collect().organisatie);
    return (label ? label + "-" : "") + werkblad + "." + extension;
  }
  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("script niet geladen: " + src)); };
      document.head.appendChild(script);
    });
  }

  // Fill our own blank PDF (pdf-invullen.js: every filled field drawn in the embedded Open Sans).
  function fillPdf() {
    var pdfLink = document.querySelector(".ws-download a");
    var base = scriptBase.replace(/werkblad-formulier\.js.*$/, "");
    function need(ready, src) { return ready ? null : loadScript(src); }
    say("De PDF wordt gemaakt…");
    return Promise.resolve(need(window.PDFLib, base + "pdf-lib.min.js")).then(function () {
      return need(window.fontkit, base + "fontkit.umd.min.js");
    }).then(function () {
      return need(window.Doorstroom && window.Doorstroom.pdfInvullen, base + "pdf-invullen.js");
    }).then(function () {
      return need((window.doorstroomPdf || {})[werkblad], pdfLink.href + ".js");
    }).then(function () {
      return need(window.doorstroomVeldletter, pdfLink.href.replace(/[^\/]*$/, "veldletter.ttf.js"));
    }).then(function () {
      var fill = window.Doorstroom.pdfInvullen;
      var data = collect();
      var values = {};
      Object.keys(data.antwoorden).forEach(function (name) { if (field(name)) { values[name] = data.antwoorden[name]; } });
      values.organisatie = data.organisatie;
      return fill.vul(window.PDFLib, window.fontkit, fill.decode(window.doorstroomPdf[werkblad]),
        fill.decode(window.doorstroomVeldletter), values);
    }).then(function (saved) {
      download(new Blob([saved], { type: "application/pdf" }), fileName("pdf"));
      say("De ingevulde PDF is gedownload.");
    }).catch(function (error) {
      failed("De PDF kon niet worden gemaakt. Uw antwoorden zijn niet veranderd. Probeer het nog eens, of sla " +
        "uw antwoorden op als bestand.", error);
    });
  }

  var actions = {
    opslaan: function () {
      var name = fileName("json");
      download(new Blob([JSON.stringify(collect(), null, 2)], { type: "application/json" }), name);
      say("Uw antwoorden zijn opgeslagen als bestand " + name + " (in uw map met downloads).");
    },
    openen: function () { fileInput.click(); },
    pdf: fillPdf,
    // The button prints the filled sheet alone (like the PDF); Ctrl+P prints the whole page.
    afdrukken: function () {
      document.documentElement.classList.add("ds-alleen-werkblad");
      window.print();
    },
    leegmaken: function () {
      if (!window.confirm("Weet u zeker dat u alle antwoorden op dit werkblad wilt wissen?")) { return; }
      clear();
      say("Alle antwoorden zijn gewist.");
    }
  };
  function clear() {
    apply({ organisatie: "", antwoorden: {} });
    mirrorAll();
    growAll();
    opslag.remove(werkblad);
    showSaved("");
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-actie]");
    var action = button && actions[button.getAttribute("data-actie")];
    if (action) { action(); }  // "vergeet-alles" belongs to doorstroom-opslag.js
  });
  form.addEventListener("input", function (event) {
    if (event.target.tagName === "TEXTAREA") { grow(event.target); }
    if (event.target !== keepBox) { store(); }
  });
  form.addEventListener("change", function (event) {
    store();
    if (event.target === keepBox) {
      say(keepBox.checked ? "De antwoorden blijven op dit apparaat bewaard, ook als u het tabblad sluit."
        : "De antwoorden blijven alleen in dit tabblad bewaard.");
    }
  });
  document.addEventListener("doorstroom:vergeten", function () {
    if (keepBox) { keepBox.checked = false; }
    clear();
    say("Alle antwoorden op dit apparaat zijn gewist.");
  });
  window.addEventListener("afterprint", function () { document.documentElement.classList.remove("ds-alleen-werkblad"); });
  fileInput.addEventListener("change", function () {
    var file = fileInput.files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      var data;
      try { data = JSON.parse(reader.result); } catch (e) {
        say("Dit bestand kan niet worden gelezen: het is geen geldig JSON-antwoordbestand. Uw antwoorden zijn niet veranderd.", true);
        fileInput.value = "";
        return;
      }
      var problem = check(data);
      if (problem) {
        say(problem + " Uw antwoorden zijn niet veranderd.", true);
      } else {
        apply(data);
        store();
        growAll();
        say("Het bestand '" + file.name + "' is geopend.");
      }
      fileInput.value = "";
    };
    reader.onerror = function () {
      failed("Dit bestand kan niet worden gelezen. Uw antwoorden zijn niet veranderd.", reader.error);
    };
    reader.readAsText(file);
  });
  window.addEventListener("beforeprint", mirrorAll);

  if (keepBox) { keepBox.checked = opslag.isKept(werkblad); }
  var saved = opslag.read(werkblad);
  if (saved) {
    try {
      apply(saved);
      var moment = saved.bewaard ? new Date(saved.bewaard) : null;
      var since = moment && !isNaN(moment) ? " (" + when(moment) + ")" : "";
      say("Uw eerdere antwoorden staan weer in het formulier. Ze waren " + where() + " bewaard" + since + ".");
      showSaved("Uw antwoorden zijn " + where() + " bewaard" + since + ".");
    } catch (e) { /* nothing usable stored */ }
  }
  mirrorAll();
  growAll();
})();
