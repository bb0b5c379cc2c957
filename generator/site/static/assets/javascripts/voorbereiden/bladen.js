/* The sheets of a plan as files: per organisation or table its pre-filled sheet (pdf-invullen.js, the
   werkblad download's own filler: pdf-lib and the embedded Open Sans), the blank praatplaten and
   menukaarten as they are. The blank PDFs come from the site itself (pdf/<naam>.pdf.js), so this works
   from file:// and offline. */
(function (D) {
  "use strict";
  var catalogus = {};
  D.voorbereiden.catalogus.onderdelen.forEach(function (o) { catalogus[o.id] = o; });

  function decode(text) { return Uint8Array.from(atob(text), function (c) { return c.charCodeAt(0); }); }

  /** The name of the blank PDF a sheet of the plan starts from: 'stimuleren', 'stimuleren-a3', 'menukaart-sociaal'. */
  function stem(blad, papier) {
    var onderdeel = catalogus[blad.id];
    return onderdeel.pdf + (papier === "a3" && onderdeel.soort !== "menukaart" ? "-a3" : "");
  }

  function blank(name) {
    var ready = window.doorstroomPdf && window.doorstroomPdf[name];
    return (ready ? Promise.resolve() : D.laden.script("pdf/" + name + ".pdf.js")).then(function () {
      return decode(window.doorstroomPdf[name]);
    });
  }

  function tools() {
    return Promise.all([D.laden.pdfLib(), D.laden.script("assets/javascripts/fontkit.umd.min.js"),
      D.laden.script("assets/javascripts/pdf-invullen.js"),
      window.doorstroomVeldletter ? null : D.laden.script("pdf/veldletter.ttf.js")]);
  }

  /** One sheet of the plan -> a Promise of its bytes. */
  function maak(blad, papier) {
    return Promise.all([tools(), blank(stem(blad, papier))]).then(function (loaded) {
      var bytes = loaded[1];
      if (!Object.keys(blad.velden).length) { return bytes; }
      return D.pdfInvullen.vul(window.PDFLib, window.fontkit, bytes, decode(window.doorstroomVeldletter), blad.velden);
    });
  }

  D.bladen = { maak: maak };
})(window.Doorstroom);
