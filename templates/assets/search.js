// Readout search: runs in the browser, no server. The index is split into small files
// (search/meta.js, search/t/<bucket>.js, search/d/<shard>.js) loaded with <script> elements,
// so it works from file:// as well as from any static host. See SearchIndexWriter.swift.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) return;
  var base = root.getAttribute("data-index") || "search/";
  var pageSize = 20;
  var state = { meta: null, buckets: {}, docs: {}, waiting: {}, hits: [], shown: 0, words: [] };

  window.Readout = window.Readout || {};
  window.Readout.search = {
    meta: function (m) { state.meta = m; resolve("meta", m); },
    terms: function (n, t) { state.buckets[n] = t; resolve("t" + n, t); },
    docs: function (n, d) { state.docs[n] = d; resolve("d" + n, d); }
  };

  function resolve(key, value) {
    var list = state.waiting[key] || [];
    delete state.waiting[key];
    list.forEach(function (f) { f.ok(value); });
  }

  // Loads one index file once; resolves when its script has run.
  var loading = {};
  function load(key, path) {
    if (key === "meta" && state.meta) return Promise.resolve(state.meta);
    if (key[0] === "t" && state.buckets[key.slice(1)]) return Promise.resolve(state.buckets[key.slice(1)]);
    if (key[0] === "d" && state.docs[key.slice(1)]) return Promise.resolve(state.docs[key.slice(1)]);
    return new Promise(function (ok, fail) {
      (state.waiting[key] = state.waiting[key] || []).push({ ok: ok });
      if (loading[key]) return;
      loading[key] = true;
      var s = document.createElement("script");
      s.src = base + path;
      s.async = true;
      s.onerror = function () { loading[key] = false; fail(new Error("could not load " + path)); };
      document.head.appendChild(s);
    });
  }

  // The same terms as SearchTokenizer.swift.
  function terms(text) {
    var m = state.meta, out = [], cur = "";
    function flush() {
      if (!cur) return;
      var w = cur;
      cur = "";
      if (m.stopWords.indexOf(w) >= 0) return;
      if (w.length >= 4 && w[w.length - 1] === "s" && w[w.length - 2] !== "s") w = w.slice(0, -1);
      out.push(w);
    }
    for (var ch of text) {
      var c = ch.codePointAt(0);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) cur += ch;
      else if (c >= 65 && c <= 90) cur += ch.toLowerCase();
      else if (c >= 0xC0 && m.fold[ch]) cur += m.fold[ch];
      else if (c >= 0x80 && /\p{Alphabetic}/u.test(ch)) cur += ch.toLowerCase();
      else flush();
    }
    flush();
    return out;
  }

  function hash(term) {
    var h = 2166136261, bytes = new TextEncoder().encode(term);
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 16777619) >>> 0; }
    return h >>> 0;
  }

  var alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
  function decode(text) {
    var out = [], value = 0, prev = 0;
    for (var i = 0; i < text.length; i++) {
      var d = alphabet.indexOf(text[i]);
      value = value * 32 + (d & 31);
      if (d < 32) { prev = out.length ? prev + value : value; out.push(prev); value = 0; }
    }
    return out;
  }

  function postings(term) {
    var n = hash(term) % state.meta.buckets;
    return load("t" + n, "t/" + n + ".js").then(function (bucket) {
      return bucket[term] ? decode(bucket[term]) : [];
    });
  }

  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var result = lists[0] || [];
    for (var k = 1; k < lists.length; k++) {
      var other = lists[k], i = 0, j = 0, next = [];
      while (i < result.length && j < other.length) {
        if (result[i] === other[j]) { next.push(result[i]); i++; j++; }
        else if (result[i] < other[j]) i++; else j++;
      }
      result = next;
    }
    return result;
  }

  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var filters = { speaker: "s", country: "c", topic: "t", year: "y" };

  function fillSelect(id, values, useValueAsKey) {
    var select = document.getElementById(id);
    values.forEach(function (v, i) {
      var o = document.createElement("option");
      o.value = useValueAsKey ? String(v) : String(i);
      o.textContent = String(v);
      select.appendChild(o);
    });
  }

  function run() {
    var q = input.value.trim();
    var words = terms(q), wanted = words.slice();
    Object.keys(filters).forEach(function (name) {
      var v = form.elements[name].value;
      if (v !== "") wanted.push(filters[name] + ":" + v);
    });
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    Object.keys(filters).forEach(function (name) { if (form.elements[name].value) params.set(name, form.elements[name].value); });
    try { history.replaceState(null, "", "?" + params.toString()); } catch (e) { /* file:// in some browsers */ }
    list.textContent = "";
    if (!wanted.length) { status.textContent = q ? "Those words are too common to search for." : ""; return; }
    status.textContent = "Searching…";
    state.words = words;
    Promise.all(wanted.map(postings)).then(function (lists) {
      state.hits = intersect(lists);
      state.shown = 0;
      status.textContent = state.hits.length === 1 ? "1 statement found." : state.hits.length + " statements found.";
      return more();
    }).catch(function (e) { status.textContent = "Search failed: " + e.message; });
  }

  function more() {
    var slice = state.hits.slice(state.shown, state.shown + pageSize);
    state.shown += slice.length;
    var per = state.meta.docsPerShard;
    var shards = [];
    slice.forEach(function (n) { var s = Math.floor(n / per); if (shards.indexOf(s) < 0) shards.push(s); });
    return Promise.all(shards.map(function (s) { return load("d" + s, "d/" + s + ".js"); })).then(function () {
      var old = document.getElementById("search-more");
      if (old) old.remove();
      slice.forEach(function (n) { list.appendChild(hit(state.docs[Math.floor(n / per)][n % per])); });
      if (state.shown < state.hits.length) {
        var li = document.createElement("li");
        li.id = "search-more";
        li.className = "more";
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = "Show more (" + (state.hits.length - state.shown) + " left)";
        b.addEventListener("click", more);
        li.appendChild(b);
        list.appendChild(li);
      }
    });
  }

  // One result; text goes in with textContent only, never as HTML.
  function hit(doc) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = doc[2];
    a.textContent = doc[0];
    li.appendChild(a);
    var where = document.createElement("span");
    where.className = "where";
    where.textContent = [doc[3], doc[1]].filter(Boolean).join(" · ");
    li.appendChild(where);
    var p = document.createElement("span");
    p.className = "excerpt";
    highlight(p, doc[4]);
    li.appendChild(p);
    return li;
  }

  function highlight(node, text) {
    var parts = text.split(/(\s+)/);
    parts.forEach(function (part) {
      var t = terms(part);
      if (t.length && state.words.indexOf(t[0]) >= 0) {
        var m = document.createElement("mark");
        m.textContent = part;
        node.appendChild(m);
      } else {
        node.appendChild(document.createTextNode(part));
      }
    });
  }

  load("meta", "meta.js").then(function (m) {
    fillSelect("f-speaker", m.speakers, false);
    fillSelect("f-country", m.countries, false);
    fillSelect("f-topic", m.topics, false);
    fillSelect("f-year", m.years, true);
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    Object.keys(filters).forEach(function (name) { if (params.get(name)) form.elements[name].value = params.get(name); });
    form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    if (input.value || Object.keys(filters).some(function (n) { return params.get(n); })) run();
  }).catch(function () { status.textContent = "The search index could not be loaded."; });
})();
