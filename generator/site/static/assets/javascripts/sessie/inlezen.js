/* All chosen files -> what was read, as generator/readers/read.py read_inputs gives it: ZIPs unpacked in
   place (zip.js), every other file read once (lezen.js), a file with the same content as an earlier one
   noted (zelfde_inhoud), everything in file order: {bladen, afgewezen, meldingen, plannen} (Gelezen).
   Reading goes file by file and gives the browser a turn in between, so the page can show progress. */
(function (D) {
  "use strict";
  var rules = D.regels;

  /** Let the browser draw and handle input before the next file (no 4 ms clamp like setTimeout). */
  function beurt() {
    if (window.scheduler && typeof window.scheduler.yield === "function") { return window.scheduler.yield(); }
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { resolve(); };
      channel.port2.postMessage(null);
    });
  }

  /** One chosen file {naam, bytes, teGroot?, onleesbaar?} -> its contents: itself, or a ZIP's files. */
  function inhoud(file) {
    if (file.teGroot) { return Promise.resolve([{ bestand: file.naam, reden: rules.reden("te_groot", { mb: rules.maxMb }) }]); }
    if (file.onleesbaar) { return Promise.resolve([{ bestand: file.naam, reden: rules.reden("onleesbaar", { oorzaak: "leesfout" }) }]); }
    if (file.bytes.length > rules.maxBytes || !D.zip.isZip(file.bytes) || D.zip.isDocument(file.naam)) { return Promise.resolve([{ bestand: file.naam, bytes: file.bytes }]); }
    return D.laden.fflate().then(function (fflate) {
      return D.zip.uitpakken(fflate, file.naam, file.bytes, rules.maxBytes);
    }).catch(function (error) {  // a fault of ours with one archive: that archive only
      return [{ bestand: file.naam, reden: rules.reden("interne_fout", { soort: (error && error.name) || "fout" }) }];
    });
  }

  /** The contents of one chosen file (inhoud), read one after the other: [{bestand, bytes | null, crc,
      uitkomst: {blad} | {reden}}]; `voortgang()` after each. The page keeps this per file: read once. */
  function lezen(contents, accept, voortgang) {
    var results = [];
    return contents.reduce(function (previous, content) {
      return previous.then(function () {
        if (content.reden !== undefined) {
          results.push({ bestand: content.bestand, bytes: null, uitkomst: { reden: content.reden } });
          return null;
        }
        return D.lezen.bestand({ naam: content.bestand, bytes: content.bytes }, accept).then(function (found) {
          results.push({ bestand: content.bestand, bytes: content.bytes, crc: D.zip.crc32(content.bytes), uitkomst: found });
        });
      }).then(function () { if (voortgang) { voortgang(); } return beurt(); });
    }, Promise.resolve()).then(function () { return results; });
  }

  /** One chosen file, unpacked and read. */
  function bestand(file, accept, voortgang) {
    return inhoud(file).then(function (contents) { return lezen(contents, accept, voortgang); });
  }

  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }

  /** The files read (per chosen file, in file order) -> Gelezen {bladen, afgewezen, meldingen, plannen}. */
  function samen(perFile) {
    var gelezen = { bladen: [], afgewezen: [], meldingen: [], plannen: [] };
    var seen = new Map();  // length and CRC-32 -> [{bytes, naam}]: content already read
    perFile.forEach(function (results) {
      results.forEach(function (r) {
        if (r.bytes) {
          var key = r.bytes.length + ":" + r.crc;
          var earlier = (seen.get(key) || []).filter(function (s) { return equal(s.bytes, r.bytes); })[0];
          if (earlier) {
            gelezen.meldingen.push({ bestand: r.bestand, melding: rules.melding("zelfde_inhoud", { eerste: earlier.naam }) });
          } else {
            seen.set(key, (seen.get(key) || []).concat([{ bytes: r.bytes, naam: D.labels.bestandsnaam(r.bestand) }]));
          }
        }
        if (r.uitkomst.reden !== undefined) {
          gelezen.afgewezen.push({ bestand: r.bestand, reden: r.uitkomst.reden });
          return;
        }
        if (r.uitkomst.plan !== undefined) {  // a session plan (§4.0): a note of reading, not a sheet
          gelezen.plannen.push({ bestand: r.bestand, plan: r.uitkomst.plan });
          gelezen.meldingen.push({ bestand: r.bestand, melding: rules.melding("sessieplan", { titel: r.uitkomst.plan.titel }) });
          return;
        }
        var blad = r.uitkomst.blad;
        gelezen.bladen.push({ bestand: r.bestand, werkblad: blad.werkblad, organisatie: blad.organisatie,
          antwoorden: blad.antwoorden, meldingen: blad.meldingen });
        blad.meldingen.forEach(function (text) { gelezen.meldingen.push({ bestand: r.bestand, melding: text }); });
      });
    });
    return gelezen;
  }

  /** Chosen files (sorted, junk left out) -> Promise of Gelezen, read one after the other. */
  function alles(files, accept, voortgang) {
    var perFile = [];
    return files.reduce(function (previous, file) {
      return previous.then(function () {
        return bestand(file, accept, voortgang).then(function (results) { perFile.push(results); });
      });
    }, Promise.resolve()).then(function () { return samen(perFile); });
  }

  D.inlezen = { inhoud: inhoud, lezen: lezen, samen: samen, alles: alles };
})(window.Doorstroom);
