/* "Blad toevoegen": type in a paper Stimuleren sheet in the same form the werkblad page uses (its
   template in form mode), and hand it to the page as an answer file, exactly as "Opslaan als bestand"
   on the werkblad page would write it. Nothing is stored. */
(function (D) {
  "use strict";

  function slug(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  /** `toevoegen(file)` receives {naam, bytes} when the facilitator adds the sheet. */
  function koppel(dialog, toevoegen) {
    var form = dialog.querySelector("form");
    var werkblad = form.getAttribute("data-werkblad");
    var message = form.querySelector(".sessie-blad__melding");
    var count = 0;

    function collect() {
      var answers = {};
      var organisatie = "";
      form.querySelectorAll("[name]").forEach(function (f) {
        if (f.name === "organisatie") { organisatie = f.value.trim(); return; }
        answers[f.name] = f.type === "checkbox" ? f.checked : f.value;
      });
      return { werkblad: werkblad, organisatie: organisatie, antwoorden: answers };
    }

    form.addEventListener("submit", function (event) {
      var action = event.submitter ? event.submitter.value : "toevoegen";
      if (action !== "toevoegen") { return; }
      event.preventDefault();
      var sheet = collect();
      if (!sheet.organisatie) {
        message.textContent = "Vul eerst de naam van de organisatie in.";
        form.querySelector("[name=organisatie]").focus();
        return;
      }
      count += 1;
      var name = "getypt-" + count + "-" + (slug(sheet.organisatie) || "blad") + "-" + werkblad + ".json";
      toevoegen({ naam: name, bytes: new TextEncoder().encode(JSON.stringify(sheet, null, 2)) });
      dialog.close("toevoegen");
    });

    return function open() {
      form.reset();
      message.textContent = "";
      dialog.showModal();
      form.querySelector("[name=organisatie]").focus();
    };
  }

  D.bladToevoegen = { koppel: koppel };
})(window.Doorstroom);
