/* "Blad toevoegen": type in a paper Stimuleren sheet in the same form the werkblad page uses (its
   template in form mode), and hand it to the page as an answer file, exactly as "Opslaan als bestand"
   on the werkblad page writes it. Nothing is stored: only "Opslaan als bestand" (a download the
   facilitator asks for) keeps the sheet beyond this tab. */
(function (D) {
  "use strict";

  function slug(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  /** `toevoegen(file)` receives {naam, bytes} when the facilitator adds the sheet; `bewaren(bytes, name)`
      downloads it. Returns the function that opens the empty form. */
  function koppel(dialog, toevoegen, bewaren) {
    var form = dialog.querySelector("form");
    var werkblad = form.getAttribute("data-werkblad");
    var message = form.querySelector(".sessie-blad__melding");
    var count = 0;

    function collect() {
      var answers = {};
      var organisatie = "";
      form.querySelectorAll("[name]").forEach(function (f) {
        if (f.name === D.gegevens.organisatieveld) { organisatie = f.value.trim(); return; }
        answers[f.name] = f.type === "checkbox" ? f.checked : f.value;
      });
      return { werkblad: werkblad, organisatie: organisatie, antwoorden: answers };
    }

    /** The sheet as an answer file, or null (and the facilitator told why) when the name is missing. */
    function answerFile() {
      var sheet = collect();
      if (!sheet.organisatie) {
        message.textContent = "Vul eerst de naam van de organisatie in.";
        form.querySelector("[name=" + D.gegevens.organisatieveld + "]").focus();
        return null;
      }
      return { sheet: sheet, bytes: new TextEncoder().encode(JSON.stringify(sheet, null, 2)) };
    }

    form.addEventListener("submit", function (event) {
      var action = event.submitter ? event.submitter.value : "toevoegen";
      if (action !== "toevoegen") { return; }
      event.preventDefault();
      var file = answerFile();
      if (!file) { return; }
      count += 1;
      toevoegen({ naam: "getypt-" + count + "-" + (slug(file.sheet.organisatie) || "blad") + "-" + werkblad + ".json",
        bytes: file.bytes });
      dialog.close("toevoegen");
    });

    form.querySelector(".sessie-blad__opslaan").addEventListener("click", function () {
      var file = answerFile();
      if (!file) { return; }
      var name = (slug(file.sheet.organisatie) || "blad") + "-" + werkblad + ".json";
      bewaren(file.bytes, name);
      message.textContent = "Opgeslagen als " + name + " (in uw map met downloads). Het blad staat nog niet in het verslag: kies Toevoegen aan het verslag.";
    });

    return function open() {
      form.reset();
      message.textContent = "";
      dialog.showModal();
      form.querySelector("[name=" + D.gegevens.organisatieveld + "]").focus();
    };
  }

  D.bladToevoegen = { koppel: koppel };
})(window.Doorstroom);
