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
  var message = form.querySelector(".ws-melding");
  var fileInput = form.querySelector(".ws-bestandkiezer");
  var scriptBase = (document.currentScript && document.currentScript.src) ||
    Array.prototype.slice.call(document.scripts).map(function (s) { return s.src; })
      .filter(function (src) { return /werkblad-formulier\.js/.test(src); })[0];

  function fields() { return Array.prototype.slice.call(form.querySelectorAll("[name]")).filter(function (f) { return f.type !== "file"; }); }
  function field(name) { return fields().filter(function (f) { return f.name === name; })[0]; }
  function say(text, isError) {
    message.textContent = text;
    message.className = "ws-melding" + (isError ? " ws-melding--fout" : "");
  }

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
    opslag.write(werkblad, collect(), keep());
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
  function fileName(extension) {
    var org = slug(collect().organisatie);
    return (org ? org + "-" : "") + werkblad + "." + extension;
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
      script.onerror = function () { reject(new Error("kan " + src + " niet laden")); };
      document.head.appendChild(script);
    });
  }

  // Fill our own blank PDF and draw every filled field ourselves, in Open Sans (embedded), so that every
  // viewer shows the same thing: at the field's own size (9 pt on A4), a step smaller where the text does
  // not fit but never under 7 pt (the rest is cut on paper; the value stays whole), as generator/pdf/fill.py.
  // The PDF keeps its set-up (/Helv in the DA) for anyone who edits it later in another program.
  function fillPdf() {
    var PAD = 2, LEADING = 1.2, MIN_PT = 7, STEP_PT = 0.5;
    function sizes(textField) {
      var match = /([\d.]+)\s+Tf/.exec(textField.acroField.getDefaultAppearance() || "");
      var start = match && parseFloat(match[1]) > 0 ? parseFloat(match[1]) : 9;
      var list = [];
      for (var size = start; size >= MIN_PT - 0.001; size -= STEP_PT) { list.push(size); }
      return list;
    }
    var pdfLink = document.querySelector(".ws-download a");
    var base = scriptBase.replace(/werkblad-formulier\.js.*$/, "");
    function decode(text) { return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); }); }
    function need(ready, src) { return ready ? null : loadScript(src); }
    // Characters the font cannot draw become "?" in the picture; the value keeps them.
    function drawable(value, known) {
      return Array.from(value.replace(/\r\n?/g, "\n")).map(function (c) {
        return c === "\n" || known.has(c.codePointAt(0)) ? c : "?";
      }).join("");
    }
    function lines(lib, text, font, size, width, multiline) {
      if (!multiline) { return [text.replace(/\n/g, " ")]; }
      return lib.layoutMultilineText(text, { alignment: lib.TextAlignment.Left, fontSize: size, font: font,
        bounds: { x: 0, y: 0, width: width, height: 1e6 } }).lines.map(function (line) { return line.text; });
    }
    function drawText(lib, textField, value, font, known) {
      var da = textField.acroField.getDefaultAppearance();
      var shown = drawable(value, known);
      var multiline = textField.isMultiline();
      var rect = textField.acroField.getWidgets()[0].getRectangle();
      var width = rect.width - 2 * PAD, height = rect.height - 2 * PAD;
      var options = sizes(textField);
      var size = options.filter(function (s) {
        var rows = lines(lib, shown, font, s, width, multiline);
        return s * (1 + (rows.length - 1) * LEADING) <= height &&
          rows.every(function (row) { return font.widthOfTextAtSize(row, s) <= width; });
      })[0] || options[options.length - 1];
      var rows = lines(lib, shown, font, size, width, multiline);
      var top = multiline ? rect.height - PAD - size : (rect.height - 0.7 * size) / 2;
      textField.updateAppearances(font, function () {
        return lib.drawTextField({
          x: 0, y: 0, width: rect.width, height: rect.height, borderWidth: 0, padding: 1,
          color: undefined, borderColor: undefined, textColor: lib.grayscale(0), font: font.name, fontSize: size,
          textLines: rows.map(function (row, i) {
            return { encoded: font.encodeText(row), x: PAD, y: top - i * size * LEADING };
          })
        });
      });
      textField.acroField.setValue(lib.PDFHexString.fromText(value));
      if (da) { textField.acroField.setDefaultAppearance(da); }
    }
    say("De PDF wordt gemaakt…");
    return Promise.resolve(need(window.PDFLib, base + "pdf-lib.min.js")).then(function () {
      return need(window.fontkit, base + "fontkit.umd.min.js");
    }).then(function () {
      return need((window.doorstroomPdf || {})[werkblad], pdfLink.href + ".js");
    }).then(function () {
      return need(window.doorstroomVeldletter, pdfLink.href.replace(/[^\/]*$/, "veldletter.ttf.js"));
    }).then(function () {
      return window.PDFLib.PDFDocument.load(decode(window.doorstroomPdf[werkblad]));
    }).then(function (pdf) {
      pdf.registerFontkit(window.fontkit);
      return pdf.embedFont(decode(window.doorstroomVeldletter), { subset: true }).then(function (font) {
        var lib = window.PDFLib;
        var known = new Set(font.getCharacterSet());
        var pdfForm = pdf.getForm();
        var data = collect();
        var values = Object.assign({ organisatie: data.organisatie }, data.antwoorden);
        Object.keys(values).forEach(function (name) {
          var value = values[name];
          if (value === true) { pdfForm.getCheckBox(name).check(); }
          else if (value === false) { pdfForm.getCheckBox(name).uncheck(); }
          else if (field(name) && value) { drawText(lib, pdfForm.getTextField(name), value, font, known); }
        });
        // Our appearances are complete: viewers show them instead of drawing their own.
        pdfForm.acroForm.dict.set(lib.PDFName.of("NeedAppearances"), lib.PDFBool.False);
        return pdf.save({ updateFieldAppearances: false });
      });
    }).then(function (saved) {
      download(new Blob([saved], { type: "application/pdf" }), fileName("pdf"));
      say("De ingevulde PDF is gedownload.");
    }).catch(function (error) {
      say("De PDF kon niet worden gemaakt (" + error.message + "). Uw antwoorden zijn niet veranderd.", true);
    });
  }

  var actions = {
    opslaan: function () {
      download(new Blob([JSON.stringify(collect(), null, 2)], { type: "application/json" }), fileName("json"));
      say("Uw antwoorden zijn opgeslagen als bestand.");
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
    reader.onerror = function () { say("Dit bestand kan niet worden gelezen. Uw antwoorden zijn niet veranderd.", true); };
    reader.readAsText(file);
  });
  window.addEventListener("beforeprint", mirrorAll);

  if (keepBox) { keepBox.checked = opslag.isKept(werkblad); }
  var saved = opslag.read(werkblad);
  if (saved) {
    try { apply(saved); } catch (e) { /* nothing usable stored */ }
  }
  mirrorAll();
  growAll();
})();
