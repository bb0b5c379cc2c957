/* ZIP files (a zipped folder, as people e-mail it) -> the files inside, in the order and with the names
   of docs/overzicht-regels.md §1a, checked step by step as the CLI does (generator/readers/archive.py,
   which uses Python's zipfile: the table of contents is read here the way zipfile reads it). Only
   inflating is fflate's job (vendor/fflate.min.js, loaded on first use). Nothing leaves memory. */
(function (D) {
  "use strict";
  var rules = D.regels;
  var R = D.gegevens.regels;
  var LIMITS = R.zip;
  var MB = 1024 * 1024;
  var CP437 = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";
  var UNPRINTABLE = new RegExp(R.stuurtekens + "|" + R.regeleinden + "|[\\t\\n]", "g");
  var CHUNK = 16384;  // inflate in steps, so that data that unpacks far beyond its stated size stops early

  /** A ZIP is known by its first bytes (§2): a local file header, or the end record of an empty archive. */
  function isZip(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
      ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
  }

  /** A ZIP named like an office document or e-book (regels.json zip.documenten): a file of its own. */
  function isDocument(naam) {
    var base = naam.split("/").pop();
    var dot = base.lastIndexOf(".");
    return dot > 0 && LIMITS.documenten.indexOf(base.slice(dot).toLowerCase()) >= 0;
  }

  function Kapot() {}  // the archive's own structure is wrong: zip_kapot for the whole file

  function u16(b, i) { return b[i] | (b[i + 1] << 8); }
  function u32(b, i) { return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 16777216; }
  function u64(b, i) { return u32(b, i) + u32(b, i + 4) * 4294967296; }
  function signature(b, i, third, fourth) {
    return i >= 0 && i + 4 <= b.length && b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === third && b[i + 3] === fourth;
  }

  /** The end record (and its ZIP64 version), found as zipfile finds it; null when there is none. */
  function endRecord(b) {
    var n = b.length;
    if (n < 22) { return null; }
    var at = -1;
    if (signature(b, n - 22, 5, 6) && b[n - 2] === 0 && b[n - 1] === 0) {
      at = n - 22;
    } else {  // a comment after the record: the last signature in the last 64 KB, which must be whole
      for (var i = n - 4; i >= Math.max(n - 65536 - 22, 0); i--) {
        if (signature(b, i, 5, 6)) { at = i; break; }
      }
      if (at < 0 || at + 22 > n) { return null; }
    }
    var record = { size: u32(b, at + 12), offset: u32(b, at + 16), location: at, zip64: false };
    var locator = at - 20;
    if (locator >= 0 && signature(b, locator, 6, 7)) {
      if (u32(b, locator + 4) !== 0 || u32(b, locator + 16) > 1) { throw new Kapot(); }  // several disks
      var big = locator - 56;
      if (big >= 0 && signature(b, big, 6, 6)) {
        record.size = u64(b, big + 40);
        record.offset = u64(b, big + 48);
        record.zip64 = true;
      }
    }
    return record;
  }

  function cp437(bytes) {
    var text = "";
    for (var i = 0; i < bytes.length; i++) { text += bytes[i] < 128 ? String.fromCharCode(bytes[i]) : CP437.charAt(bytes[i] - 128); }
    return text;
  }

  function utf8(bytes) { return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes); }

  /** The name as the central directory states it (zipfile's orig_filename). */
  function statedName(bytes, flags) {
    if (flags & 0x800) {
      try { return utf8(bytes); } catch (e) { throw new Kapot(); }
    }
    return cp437(bytes);
  }

  /** §1a.5: UTF-8 when the archive says so or the bytes are UTF-8, else CP437; '\' separates folders;
      empty, '.' and '..' parts dropped; control characters U+FFFD. A name ends at a NUL (zipfile). */
  function shownName(bytes, flags) {
    var zero = bytes.indexOf(0);
    var raw = zero >= 0 ? bytes.subarray(0, zero) : bytes;
    var name;
    if (flags & 0x800) { name = utf8(raw); } else {
      try { name = utf8(raw); } catch (e) { name = cp437(raw); }
    }
    var folder = /[\/\\]$/.test(name);
    var parts = name.replace(/\\/g, "/").split("/").filter(function (p) { return p !== "" && p !== "." && p !== ".."; });
    return { naam: parts.join("/").replace(UNPRINTABLE, "\ufffd"), map: folder };
  }

  /** zipfile's _decodeExtra: ZIP64 sizes and offset; a damaged extra field makes the archive unreadable. */
  function zip64Extra(entry, extra) {
    var i = 0;
    while (extra.length - i >= 4) {
      var type = u16(extra, i), length = u16(extra, i + 2);
      if (length + 4 > extra.length - i) { throw new Kapot(); }
      if (type === 1) {
        var data = extra.subarray(i + 4, i + 4 + length), at = 0;
        var take = function () {
          if (at + 8 > data.length) { throw new Kapot(); }
          at += 8;
          return u64(data, at - 8);
        };
        if (entry.usize === 0xffffffff) { entry.usize = take(); }
        if (entry.csize === 0xffffffff) { entry.csize = take(); }
        if (entry.offset === 0xffffffff) { entry.offset = take(); }
      }
      i += length + 4;
    }
  }

  /** Every record of the central directory, read as zipfile reads it (it ignores the stated count). */
  function directory(b) {
    var end = endRecord(b);
    if (!end) { throw new Kapot(); }
    var concat = end.location - end.size - end.offset - (end.zip64 ? 76 : 0);
    var start = end.offset + concat;
    if (start < 0) { throw new Kapot(); }
    var cd = b.subarray(start, start + end.size);
    var entries = [];
    var at = 0;
    while (at < end.size) {
      if (at + 46 > cd.length || !signature(cd, at, 1, 2)) { throw new Kapot(); }
      var nameLength = u16(cd, at + 28), extraLength = u16(cd, at + 30), commentLength = u16(cd, at + 32);
      var nameBytes = cd.subarray(at + 46, at + 46 + nameLength);
      var flags = u16(cd, at + 8);
      var entry = {
        flags: flags, methode: u16(cd, at + 10), crc: u32(cd, at + 16) >>> 0,
        csize: u32(cd, at + 20), usize: u32(cd, at + 24), offset: u32(cd, at + 42),
        naamBytes: nameBytes, opgegeven: statedName(nameBytes, flags)
      };
      if (cd[at + 6] > 63) { throw new Kapot(); }  // a newer ZIP version than zipfile reads
      var shown = shownName(nameBytes, flags);
      entry.naam = shown.naam;
      entry.map = shown.map;
      zip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      entry.offset += concat;
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    var sorted = entries.slice().sort(function (x, y) { return y.offset - x.offset; });
    var next = start;
    sorted.forEach(function (e) { e.einde = next; next = e.offset; });
    return entries;
  }

  function last(name) { var parts = name.split("/"); return parts[parts.length - 1]; }

  /** §1a.4: the limits, from the directory, before anything is unpacked (budget shared with nested ZIPs). */
  function checkLimits(entries, budget) {
    budget.bestanden -= entries.length;
    if (budget.bestanden < 0) { throw rules.afwijzen("zip_te_veel", { aantal: LIMITS.max_bestanden }); }
    budget.bytes -= entries.reduce(function (sum, e) { return sum + e.usize; }, 0);
    if (budget.bytes < 0) { throw rules.afwijzen("zip_te_groot", { mb: LIMITS.max_uitgepakt_mb }); }
    entries.forEach(function (e) {
      if (e.usize > LIMITS.verhouding_vanaf_mb * MB && e.usize > LIMITS.max_verhouding * Math.max(e.csize, 1)) {
        throw rules.afwijzen("zip_bom", { naam: last(e.naam) || e.naam, verhouding: LIMITS.max_verhouding });
      }
    });
  }

  var CRC_TABLE = (function () {
    var table = new Int32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) { c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; }
      table[n] = c;
    }
    return table;
  })();

  function crc32(bytes) {
    var c = -1;
    for (var i = 0; i < bytes.length; i++) { c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8); }
    return (c ^ -1) >>> 0;
  }

  /** Deflated data, stopped as soon as it unpacks beyond its stated size (null: damaged, incomplete or too
      long). The stream must end (its last block) within the data; what follows is not looked at. */
  function inflate(fflate, data, size) {
    if (!data.length) { return null; }  // no stream at all: not even an empty one
    var parts = [], total = 0, over = false;
    var stream = new fflate.Inflate(function (chunk) {
      total += chunk.length;
      if (total > size) { over = true; } else { parts.push(chunk); }
    });
    try {
      for (var at = 0; at < data.length && !over; at += CHUNK) {
        stream.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
      }
    } catch (e) {
      return null;
    }
    if (over) { return null; }
    var out = new Uint8Array(total);
    var offset = 0;
    parts.forEach(function (p) { out.set(p, offset); offset += p.length; });
    return out;
  }

  /** One file of the archive (§1a.8): bytes, or the key and values of the reason it cannot be used. */
  function entryBytes(fflate, b, e, maxBytes) {
    if (e.flags & 1) { return { reden: "zip_wachtwoord" }; }
    if (e.methode !== 0 && e.methode !== 8) { return { reden: "zip_methode", waarden: { methode: e.methode } }; }
    if (e.usize > maxBytes) { return { reden: "te_groot", waarden: { mb: R.max_bestandsgrootte_mb } }; }
    var broken = { reden: "zip_bestand_kapot" };
    var h = e.offset;
    if (h < 0 || h + 30 > b.length) { return broken; }
    var start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    if (start + e.csize > e.einde) { return broken; }
    if (!signature(b, h, 3, 4) || (e.flags & 0x60)) { return broken; }
    var localName;
    try { localName = statedName(b.subarray(h + 30, h + 30 + u16(b, h + 26)), u16(b, h + 6)); } catch (x) { return broken; }
    if (localName !== e.opgegeven) { return broken; }
    var data = b.subarray(start, start + e.csize);
    var out = e.methode === 0 ? data.subarray(0, Math.min(e.csize, e.usize)) : inflate(fflate, data, e.usize);
    if (!out || out.length !== e.usize || crc32(out) !== e.crc) { return broken; }
    return { bytes: out };
  }

  function skipped(path) {
    var rommel = R.rommel;
    var parts = path.split("/");
    return parts.some(function (part) {
      return rommel.voorvoegsels.some(function (p) { return part.indexOf(p) === 0; }) || rommel.namen.indexOf(part.toLowerCase()) >= 0;
    }) || parts.slice(0, -1).some(function (part) { return rommel.mappen.indexOf(part.toLowerCase()) >= 0; });
  }

  /** 'map/blad.pdf', 2 -> 'map/blad (2).pdf' (generator/readers/archive.py: numbered). */
  function genummerd(name, number) {
    var slash = name.lastIndexOf("/");
    var folder = slash >= 0 ? name.slice(0, slash) : "";
    var base = name.slice(slash + 1);
    var dot = base.lastIndexOf(".");
    var stem = dot > 0 ? base.slice(0, dot) : base, suffix = dot > 0 ? base.slice(dot) : "";
    return (folder ? folder + "/" : "") + stem + " (" + number + ")" + suffix;
  }

  /** The same name twice: the later one numbered, so no file is mistaken for another. */
  function uniek(names, taken) {
    taken = taken || new Set();
    return names.map(function (name) {
      var candidate = name, number = 1;
      while (taken.has(candidate)) { number += 1; candidate = genummerd(name, number); }
      taken.add(candidate);
      return candidate;
    });
  }

  /** The files of the archive `bestand`, nested archives unpacked in place, in the order of §1a:
      [{bestand, bytes} | {bestand, reden: text}]. An archive that cannot be used as a whole becomes
      one entry with its reason. `budget` and `depth` are for nested archives. */
  function uitpakken(fflate, bestand, bytes, maxBytes, budget, depth) {
    budget = budget || { bestanden: LIMITS.max_bestanden, bytes: LIMITS.max_uitgepakt_mb * MB };
    depth = (depth || 0) + 1;
    if (depth > LIMITS.max_diepte) { return [{ bestand: bestand, reden: rules.reden("zip_diep", { diepte: LIMITS.max_diepte }) }]; }
    var entries;
    try {
      entries = directory(bytes);
      var names = entries.map(function (e) { return e.naam; });
      if (names[0] === "mimetype" || names.indexOf("[Content_Types].xml") >= 0) { throw rules.afwijzen("onbekend_soort"); }
      checkLimits(entries, budget);
    } catch (error) {
      if (error instanceof Kapot) { return [{ bestand: bestand, reden: rules.reden("zip_kapot") }]; }
      if (error instanceof rules.Afwijzing) { return [{ bestand: bestand, reden: error.reden }]; }
      throw error;
    }
    var files = D.bestanden.volgorde(entries.filter(function (e) { return !e.map && e.naam && !skipped(e.naam); })
      .map(function (e) { return { naam: e.naam, entry: e }; }));
    if (!files.length) { return [{ bestand: bestand, reden: rules.reden("zip_leeg") }]; }
    var result = [];
    uniek(files.map(function (f) { return f.naam; })).forEach(function (name, i) {
      var path = bestand + "/" + name;
      var found = entryBytes(fflate, bytes, files[i].entry, maxBytes);
      if (found.reden) {
        result.push({ bestand: path, reden: rules.reden(found.reden, found.waarden) });
      } else if (isZip(found.bytes) && !isDocument(path)) {
        result = result.concat(uitpakken(fflate, path, found.bytes, maxBytes, budget, depth));
      } else {
        result.push({ bestand: path, bytes: found.bytes });
      }
    });
    return result;
  }

  D.zip = { isZip: isZip, isDocument: isDocument, uitpakken: uitpakken, uniek: uniek, crc32: crc32 };
})(window.Doorstroom);
