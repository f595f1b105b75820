/* marsad web map: every view is drawn from the JSON API (/api/...).
 *
 * Article text, names and URLs are untrusted: the DOM is built with createElement and
 * textContent only (never innerHTML), links are kept only when they are http(s).
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("marsad-config").textContent || "{}");
  var API = config.api || "/api";

  var EVENT_TYPES = [
    { key: "Battles", ar: "معارك", color: "#d7301f" },
    { key: "Explosions/Remote violence", ar: "انفجارات / عنف عن بعد", color: "#fd8d3c" },
    { key: "Violence against civilians", ar: "عنف ضد المدنيين", color: "#7a0177" },
    { key: "Protests", ar: "احتجاجات", color: "#2171b5" },
    { key: "Riots", ar: "أعمال شغب", color: "#b8860b" },
    { key: "Strategic developments", ar: "تطورات استراتيجية", color: "#238b45" }
  ];
  var OTHER_COLOR = "#666666";
  var STATUS_AR = {
    occurred: "وقع", denied: "نُفي", planned: "مخطط", threatened: "تهديد",
    prevented: "أُحبط", hypothetical: "افتراضي"
  };
  // Evidence fields -> highlight class and bilingual label.
  var HIGHLIGHT = {
    trigger: { cls: "hl-trigger", ar: "الفعل", en: "trigger" },
    actor1: { cls: "hl-actor", ar: "الطرف الأول", en: "actor 1" },
    actor2: { cls: "hl-actor2", ar: "الطرف الثاني", en: "actor 2" },
    assoc_actor_1: { cls: "hl-actor", ar: "طرف مرتبط", en: "associated actor" },
    assoc_actor_2: { cls: "hl-actor2", ar: "طرف مرتبط", en: "associated actor" },
    location: { cls: "hl-place", ar: "المكان", en: "place" },
    date_evidence: { cls: "hl-date", ar: "التاريخ", en: "date" },
    fatalities: { cls: "hl-number", ar: "القتلى", en: "fatalities" },
    injured: { cls: "hl-number", ar: "الجرحى", en: "injured" },
    sources: { cls: "hl-source", ar: "المصدر", en: "source" },
    status_evidence: { cls: "hl-status", ar: "الحالة", en: "status" }
  };
  var HIGHLIGHT_LEGEND = [
    ["hl-trigger", "الفعل", "trigger"], ["hl-actor", "الطرف الأول", "actor 1"],
    ["hl-actor2", "الطرف الثاني", "actor 2"], ["hl-place", "المكان", "place"],
    ["hl-date", "التاريخ", "date"], ["hl-number", "الأعداد", "numbers"],
    ["hl-source", "المصدر", "source"], ["hl-status", "الحالة", "status"]
  ];
  var MAP_LIMIT = 2000;
  var LIST_LIMIT = 300;

  var state = {
    filters: {},         // since, until, country, event_type, status, actor, q
    selected: null,      // id of the event in the panel
    events: [],
    total: 0,
    stats: null,
    loads: 0             // completed loads (tests wait on it)
  };
  window.marsad = { state: state };

  // ---- DOM helpers (textContent only) ---------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === "text") node.textContent = String(value);
        else if (name === "className") node.className = value;
        else node.setAttribute(name, String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function ar(text) { return el("span", { lang: "ar", dir: "rtl", text: text }); }

  function bilingual(arText, enText) {
    return el("span", { className: "bi" }, [ar(arText), " · ", el("span", { lang: "en", text: enText })]);
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function safeUrl(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      var parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function typeInfo(key) {
    for (var i = 0; i < EVENT_TYPES.length; i++) if (EVENT_TYPES[i].key === key) return EVENT_TYPES[i];
    return { key: key || "?", ar: key || "?", color: OTHER_COLOR };
  }

  function typeClass(key) {
    var i = EVENT_TYPES.indexOf(typeInfo(key));
    return "ev-t-" + (i < 0 ? "other" : i);
  }

  function showError(message) {
    var box = document.getElementById("error");
    if (!message) { box.hidden = true; box.textContent = ""; return; }
    box.hidden = false;
    box.textContent = message;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok || body.ok === false) {
          throw new Error((body && body.error) || ("HTTP " + response.status));
        }
        return body;
      });
    });
  }

  function query(filters, extra) {
    var params = new URLSearchParams();
    Object.keys(filters).forEach(function (k) { if (filters[k]) params.set(k, filters[k]); });
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function placeText(loc) {
    if (!loc) return "";
    var parts = [];
    if (loc.name_ar) parts.push(loc.name_ar);
    if (loc.name && loc.name !== loc.name_ar) parts.push(loc.name);
    if (loc.admin1) parts.push(loc.admin1);
    if (loc.country) parts.push(loc.country);
    return parts.join(" · ");
  }

  function actorText(actor) {
    if (!actor) return "—";
    var parts = [];
    if (actor.name_ar) parts.push(actor.name_ar);
    if (actor.name) parts.push(actor.name);
    return parts.join(" · ") || "—";
  }

  function countText(count) {
    if (!count) return "—";
    var text = String(count.best);
    if (count.low !== count.high && count.low !== null && count.high !== null) {
      text += " (" + count.low + "–" + count.high + ")";
    }
    return text;
  }

  // ---- map ------------------------------------------------------------------------------

  var map = L.map("map", { minZoom: 2, maxZoom: 18, worldCopyJump: true, zoomSnap: 0.5 });
  map.setView([30, 40], 4);
  map.attributionControl.setPrefix(false);
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 18 }).addTo(map);
  }
  var admin0Layer = L.geoJSON(null, {
    interactive: false,
    style: { color: "#555", weight: 1.2, fillColor: "#f2efe6", fillOpacity: 0.9 }
  }).addTo(map);
  var admin1Layer = L.geoJSON(null, {
    interactive: false,
    style: { color: "#999", weight: 0.6, dashArray: "3 3", fill: false }
  }).addTo(map);
  // Clusters: neutral discs ringed with the colour of their most frequent event type.
  function clusterIcon(group) {
    var counts = {};
    group.getAllChildMarkers().forEach(function (m) {
      counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
    });
    var top = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
    var n = group.getChildCount();
    var html = el("div", null, [el("span", { text: String(n) })]);
    return L.divIcon({ html: html, className: "marker-cluster ev-cluster " + typeClass(top), iconSize: L.point(40, 40) });
  }
  var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
                                       iconCreateFunction: clusterIcon });
  cluster.addTo(map);
  window.marsad.map = map;
  window.marsad.cluster = cluster;

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", { className: "legend", id: "legend" }, [el("strong", null, [bilingual("نوع الحدث", "Event type")])]);
    EVENT_TYPES.forEach(function (t, i) {
      box.appendChild(el("div", { className: "legend-row" }, [
        el("span", { className: "swatch ev-t-" + i }), ar(t.ar), " · ", el("span", { text: t.key })
      ]));
    });
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  legend.addTo(map);

  function loadBoundaries() {
    return Promise.all([
      getJSON(API + "/boundaries?level=admin0").then(function (data) { admin0Layer.addData(data); }),
      getJSON(API + "/boundaries?level=admin1").then(function (data) { admin1Layer.addData(data); })
    ]).catch(function (err) { showError("boundaries: " + err.message); });
  }

  function markerFor(event) {
    var loc = event.location || {};
    var icon = L.divIcon({ className: "ev-marker " + typeClass(event.event_type), iconSize: [14, 14] });
    var marker = L.marker([loc.lat, loc.lon], { icon: icon, keyboard: true, title: placeText(loc),
                                                eventType: event.event_type });
    var tip = el("div", { className: "tip" }, [
      el("div", { className: "tip-place", text: placeText(loc) }),
      el("div", { text: (event.date || "?") + " · " + (event.sub_event_type || event.event_type) })
    ]);
    marker.bindTooltip(tip, { direction: "top" });
    marker.on("click", function () { openEvent(event.id); });
    marker.on("add", function () {
      var node = marker.getElement();
      if (node) node.setAttribute("data-event-id", String(event.id));
    });
    return marker;
  }

  function drawMarkers(events, fit) {
    cluster.clearLayers();
    var markers = [];
    events.forEach(function (e) {
      var loc = e.location || {};
      if (typeof loc.lat === "number" && typeof loc.lon === "number") markers.push(markerFor(e));
    });
    cluster.addLayers(markers);
    window.marsad.markerCount = markers.length;
    if (fit && markers.length) {
      var bounds = cluster.getBounds();
      // keep the markers clear of the legend (bottom right)
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 8, paddingTopLeft: [20, 20], paddingBottomRight: [280, 150] });
    }
  }

  // ---- list -----------------------------------------------------------------------------

  function drawList(events) {
    var list = document.getElementById("event-list");
    clear(list);
    events.slice(0, LIST_LIMIT).forEach(function (e) {
      var info = typeInfo(e.event_type);
      var item = el("li", {
        className: "event-item" + (e.id === state.selected ? " selected" : ""),
        "data-event-id": e.id, tabindex: 0, role: "button"
      }, [
        el("span", { className: "swatch " + typeClass(e.event_type) }),
        el("span", { className: "date", text: e.date || "?" }),
        el("span", { className: "type" }, [ar(info.ar), " · ", el("span", { text: e.sub_event_type || e.event_type })]),
        el("span", { className: "place", dir: "auto", text: placeText(e.location) }),
        el("span", { className: "actors", dir: "auto",
                     text: [e.actor1 && e.actor1.name, e.actor2 && e.actor2.name].filter(Boolean).join(" — ") })
      ]);
      item.addEventListener("click", function () { openEvent(e.id); });
      item.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openEvent(e.id); }
      });
      list.appendChild(item);
    });
  }

  function drawSummary() {
    var shown = Math.min(state.events.length, state.total);
    var box = document.getElementById("summary");
    clear(box);
    box.appendChild(ar(state.total + " حدث"));
    box.appendChild(document.createTextNode(" · " + state.total + " events"));
    if (shown < state.total) {
      box.appendChild(el("br"));
      box.appendChild(ar(shown + " على الخريطة"));
      box.appendChild(document.createTextNode(" · " + shown + " on the map"));
    }
  }

  // ---- timeline -------------------------------------------------------------------------

  var DAY_MS = 86400000;
  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoOf(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

  var timeline = { first: 0, last: 0, x0: 40, width: 0, svg: null, sel: null };

  function drawTimeline(stats) {
    var box = document.getElementById("timeline");
    clear(box);
    var NS = "http://www.w3.org/2000/svg";
    function svgEl(tag, attrs) {
      var node = document.createElementNS(NS, tag);
      Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
      return node;
    }
    var width = Math.max(300, box.clientWidth || 800);
    var height = 120;
    var top = 8, bottom = 22, left = 40, right = 10;
    var svg = svgEl("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height,
                             id: "timeline-svg", role: "img", "aria-label": "events per day" });
    box.appendChild(svg);
    timeline.svg = svg;
    var byDay = {};
    var total = 0;
    (stats.by_day || []).forEach(function (row) {
      if (!row.date) return;
      var d = byDay[row.date] || (byDay[row.date] = { total: 0, types: {} });
      d.total += row.count;
      d.types[row.event_type] = (d.types[row.event_type] || 0) + row.count;
      total += row.count;
    });
    var days = Object.keys(byDay).sort();
    svg.setAttribute("data-total", String(total));
    svg.setAttribute("data-days", String(days.length));
    if (!days.length) {
      var empty = svgEl("text", { x: width / 2, y: height / 2, "text-anchor": "middle", "class": "axis" });
      empty.textContent = "لا أحداث · no events";
      svg.appendChild(empty);
      timeline.width = 0;
      return;
    }
    var first = dayNumber(days[0]);
    var last = dayNumber(days[days.length - 1]);
    // Over long spans a few stray dates (history mentioned in an article) would squash the
    // bars: show the days holding the last 95% of events (less the latest 1%), and say how many
    // are left out.
    var hidden = 0;
    if (last - first > 730 && total > 50) {
      var seen = 0, lo = null, hi = null;
      days.forEach(function (d) {
        seen += byDay[d].total;
        if (lo === null && seen >= total * 0.05) lo = d;
        if (hi === null && seen >= total * 0.99) hi = d;
      });
      first = dayNumber(lo); last = dayNumber(hi);
      days = days.filter(function (d) {
        var k = dayNumber(d);
        if (k < first || k > last) { hidden += byDay[d].total; return false; }
        return true;
      });
    }
    svg.setAttribute("data-hidden", String(hidden));
    var selSince = state.filters.since ? dayNumber(state.filters.since) : null;
    var selUntil = state.filters.until ? dayNumber(state.filters.until) : null;
    if (selSince !== null) first = Math.min(first, selSince);
    if (selUntil !== null) last = Math.max(last, selUntil);
    var n = last - first + 1;
    var plotW = width - left - right;
    var bw = plotW / n;
    var max = 1;
    days.forEach(function (d) { max = Math.max(max, byDay[d].total); });
    var plotH = height - top - bottom;
    timeline.first = first; timeline.last = last; timeline.x0 = left; timeline.width = plotW; timeline.bw = bw;

    svg.appendChild(svgEl("rect", { x: left, y: top, width: plotW, height: plotH, "class": "plot-bg" }));
    // Too many days for the width: one bar per bin of k days.
    var k = bw >= 2 ? 1 : Math.ceil(2 / bw);
    if (k > 1) {
      var bins = {};
      days.forEach(function (d) {
        var key = isoOf(first + Math.floor((dayNumber(d) - first) / k) * k);
        var bin = bins[key] || (bins[key] = { total: 0, types: {} });
        bin.total += byDay[d].total;
        Object.keys(byDay[d].types).forEach(function (t) { bin.types[t] = (bin.types[t] || 0) + byDay[d].types[t]; });
      });
      byDay = bins;
      days = Object.keys(bins).sort();
      max = 1;
      days.forEach(function (d) { max = Math.max(max, byDay[d].total); });
    }
    var barW = bw * k;
    var bars = svgEl("g", { "class": "bars", "data-bin-days": k });
    svg.appendChild(bars);
    days.forEach(function (d) {
      var x = left + (dayNumber(d) - first) * bw;
      var y = top + plotH;
      var group = svgEl("g", { "class": "bar", "data-date": d, "data-count": byDay[d].total });
      EVENT_TYPES.map(function (t) { return t.key; }).concat(
        Object.keys(byDay[d].types).filter(function (k) { return typeInfo(k).color === OTHER_COLOR; })
      ).forEach(function (type) {
        var c = byDay[d].types[type];
        if (!c) return;
        var h = (c / max) * plotH;
        y -= h;
        group.appendChild(svgEl("rect", {
          x: x + (barW > 3 ? 0.5 : 0), y: y, width: Math.max(1, barW - (barW > 3 ? 1 : 0)), height: h,
          fill: typeInfo(type).color
        }));
      });
      var title = svgEl("title", {});
      title.textContent = (k > 1 ? d + " +" + (k - 1) + "d" : d) + ": " + byDay[d].total;
      group.appendChild(title);
      bars.appendChild(group);
    });
    // axis: max count, first and last day, and a few ticks between
    var maxLabel = svgEl("text", { x: left - 4, y: top + 8, "text-anchor": "end", "class": "axis" });
    maxLabel.textContent = String(max);
    svg.appendChild(maxLabel);
    if (hidden) {
      var note = svgEl("text", { x: left + plotW - 2, y: top + 10, "text-anchor": "end", "class": "axis" });
      note.textContent = hidden + " outside the range shown · خارج النطاق المعروض";
      svg.appendChild(note);
    }
    // date ticks: the first and last day at the edges, others between when there is room
    var maxTicks = Math.max(2, Math.floor(plotW / 90));
    var ticks = Math.min(maxTicks, n);
    for (var i = 0; i < ticks; i++) {
      var day = first + Math.round((i * (n - 1)) / Math.max(1, ticks - 1));
      var anchor = i === 0 ? "start" : (i === ticks - 1 ? "end" : "middle");
      var tx = anchor === "start" ? left : (anchor === "end" ? left + plotW : left + (day - first + 0.5) * bw);
      var label = svgEl("text", { x: tx, y: height - 6, "text-anchor": anchor, "class": "axis" });
      label.textContent = isoOf(day);
      svg.appendChild(label);
      if (ticks === 1) break;
    }
    timeline.sel = svgEl("rect", { x: 0, y: top, width: 0, height: plotH, "class": "selection", visibility: "hidden" });
    svg.appendChild(timeline.sel);
    drawSelection();
    attachBrush(svg);
  }

  function dayAt(clientX) {
    var rect = timeline.svg.getBoundingClientRect();
    var scale = rect.width ? (timeline.svg.viewBox.baseVal.width / rect.width) : 1;
    var x = (clientX - rect.left) * scale - timeline.x0;
    var idx = Math.floor(x / timeline.bw);
    idx = Math.max(0, Math.min(timeline.last - timeline.first, idx));
    return timeline.first + idx;
  }

  function drawSelection() {
    if (!timeline.sel || !timeline.width) return;
    var since = state.filters.since, until = state.filters.until;
    document.getElementById("clear-range").hidden = !(since || until);
    if (!since && !until) { timeline.sel.setAttribute("visibility", "hidden"); return; }
    var a = since ? Math.max(timeline.first, dayNumber(since)) : timeline.first;
    var b = until ? Math.min(timeline.last, dayNumber(until)) : timeline.last;
    if (b < a) { timeline.sel.setAttribute("visibility", "hidden"); return; }
    showSelection(a, b);
  }

  function showSelection(a, b) {
    var lo = Math.min(a, b), hi = Math.max(a, b);
    timeline.sel.setAttribute("x", String(timeline.x0 + (lo - timeline.first) * timeline.bw));
    timeline.sel.setAttribute("width", String(Math.max(2, (hi - lo + 1) * timeline.bw)));
    timeline.sel.setAttribute("visibility", "visible");
  }

  function attachBrush(svg) {
    var start = null;
    svg.addEventListener("mousedown", function (ev) {
      if (!timeline.width) return;
      ev.preventDefault();
      start = dayAt(ev.clientX);
      showSelection(start, start);
    });
    svg.addEventListener("mousemove", function (ev) {
      if (start === null) return;
      showSelection(start, dayAt(ev.clientX));
    });
    function finish(ev) {
      if (start === null) return;
      var end = dayAt(ev.clientX);
      var lo = Math.min(start, end), hi = Math.max(start, end);
      start = null;
      setRange(isoOf(lo), isoOf(hi));
    }
    svg.addEventListener("mouseup", finish);
    svg.addEventListener("mouseleave", function (ev) { if (start !== null) finish(ev); });
  }

  function setRange(since, until) {
    document.getElementById("f-since").value = since || "";
    document.getElementById("f-until").value = until || "";
    readFilters();
    loadEvents(false);
  }

  // ---- event panel ----------------------------------------------------------------------

  function spansOf(report) {
    var out = [];
    var evidence = report.evidence || {};
    Object.keys(evidence).forEach(function (field) {
      if (field === "sentence") return;
      var value = evidence[field];
      var items = Array.isArray(value) ? value : [value];
      items.forEach(function (span, i) {
        if (!span || typeof span.start !== "number" || typeof span.end !== "number") return;
        var info = HIGHLIGHT[field] || { cls: "hl-other", ar: field, en: field };
        out.push({ key: Array.isArray(value) ? field + "." + i : field, field: field, info: info,
                   start: span.start, end: span.end, text: String(span.text || "") });
      });
    });
    return out;
  }

  // The sentence as text nodes and <mark> elements; offsets are code points (as in Python).
  function highlightedSentence(report, spans) {
    var sentence = report.sentence || { start: 0, end: 0, text: "" };
    var chars = Array.from(String(sentence.text || ""));
    var inside = [], outside = [];
    spans.forEach(function (s) {
      var a = s.start - sentence.start, b = s.end - sentence.start;
      if (a >= 0 && b <= chars.length && a < b && chars.slice(a, b).join("") === s.text) {
        inside.push({ a: a, b: b, span: s });
      } else {
        outside.push(s);
      }
    });
    var cuts = [0, chars.length];
    inside.forEach(function (h) { cuts.push(h.a, h.b); });
    cuts = cuts.filter(function (v, i, all) { return all.indexOf(v) === i; }).sort(function (x, y) { return x - y; });
    var block = el("blockquote", { className: "sentence", dir: "rtl", lang: "ar" });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var text = chars.slice(a, b).join("");
      var covering = inside.filter(function (h) { return h.a <= a && h.b >= b; });
      if (!covering.length) { block.appendChild(document.createTextNode(text)); continue; }
      covering.sort(function (x, y) { return (x.b - x.a) - (y.b - y.a); });
      var main = covering[0].span;
      block.appendChild(el("mark", {
        className: "hl " + main.info.cls,
        "data-fields": covering.map(function (h) { return h.span.key; }).join(" "),
        title: covering.map(function (h) { return h.span.info.en + " · " + h.span.info.ar; }).join(", "),
        text: text
      }));
    }
    return { block: block, outside: outside };
  }

  function field(arLabel, enLabel, value, rtl) {
    return el("div", { className: "field" }, [
      el("dt", null, [bilingual(arLabel, enLabel)]),
      el("dd", { dir: rtl ? "auto" : null, text: value === null || value === undefined || value === "" ? "—" : value })
    ]);
  }

  function reportSection(report, index) {
    var article = report.article || {};
    var key = article.key || article.id;
    var links = el("div", { className: "report-links" });
    var original = safeUrl(report.url || article.url);
    if (original) {
      links.appendChild(el("a", { href: original, target: "_blank", rel: "noopener noreferrer nofollow",
                                  className: "article-url", text: "المقال الأصلي · original article" }));
      links.appendChild(document.createTextNode(" · "));
    }
    var textBox = el("div", { className: "article-text", dir: "rtl", lang: "ar", hidden: "hidden" });
    if (key) {
      links.appendChild(el("a", { href: API + "/articles/" + encodeURIComponent(key), className: "article-json",
                                  target: "_blank", rel: "noopener", text: "JSON" }));
      links.appendChild(document.createTextNode(" · "));
      var toggle = el("button", { type: "button", className: "show-article", text: "نص المقال · article text" });
      toggle.addEventListener("click", function () { toggleArticle(key, report, textBox); });
      links.appendChild(toggle);
    }
    var spans = spansOf(report);
    var sentence = highlightedSentence(report, spans);
    var section = el("section", { className: "report", "data-report-id": report.id }, [
      el("h4", null, [
        el("span", { text: "#" + (index + 1) + " " }),
        el("span", { className: "outlet", dir: "auto", text: report.outlet || article.outlet || "?" }),
        el("span", { className: "published", text: " · " + (report.published || article.published || "?") })
      ]),
      report.title ? el("p", { className: "article-title", dir: "rtl", lang: "ar", text: report.title }) : null,
      sentence.block,
      links,
      textBox
    ]);
    if (sentence.outside.length) {
      var rest = el("ul", { className: "outside" });
      sentence.outside.forEach(function (s) {
        rest.appendChild(el("li", null, [
          el("span", { className: "outside-label", text: s.info.en + " · " + s.info.ar + ": " }),
          el("mark", { className: "hl " + s.info.cls, "data-fields": s.key, dir: "rtl", lang: "ar", text: s.text })
        ]));
      });
      section.appendChild(el("p", { className: "outside-head" }, [bilingual("أدلة خارج الجملة", "evidence outside the sentence")]));
      section.appendChild(rest);
    }
    return section;
  }

  // The whole article as text, its sentence marked; loaded on demand from /api/articles/{id}.
  function toggleArticle(key, report, box) {
    if (!box.hidden) { box.hidden = true; return Promise.resolve(); }
    if (box.getAttribute("data-loaded")) { box.hidden = false; return Promise.resolve(); }
    return getJSON(API + "/articles/" + encodeURIComponent(key)).then(function (body) {
      var chars = Array.from(String(body.article.text || ""));
      var sentence = report.sentence || { start: 0, end: 0 };
      var a = Math.max(0, Math.min(chars.length, sentence.start));
      var b = Math.max(a, Math.min(chars.length, sentence.end));
      clear(box);
      box.appendChild(document.createTextNode(chars.slice(0, a).join("")));
      box.appendChild(el("mark", { className: "hl-sentence", text: chars.slice(a, b).join("") }));
      box.appendChild(document.createTextNode(chars.slice(b).join("")));
      box.setAttribute("data-loaded", "1");
      box.hidden = false;
    }).catch(function (err) { showError(err.message); });
  }

  function drawPanel(event) {
    var panel = document.getElementById("event-panel");
    clear(panel);
    var info = typeInfo(event.event_type);
    var close = el("button", { type: "button", className: "close", "aria-label": "close", text: "×" });
    close.addEventListener("click", function () { closePanel(); });
    panel.appendChild(close);
    panel.appendChild(el("h2", { className: "event-title", "data-event-id": event.id }, [
      el("span", { className: "swatch " + typeClass(event.event_type) }),
      ar(info.ar), " · ", el("span", { text: event.event_type })
    ]));
    panel.appendChild(el("p", { className: "sub-type", text: (event.sub_event_type || "") + " · " + (event.event_id_cnty || event.id) }));
    var loc = event.location || {};
    var sources = (event.sources || []).map(function (s) {
      return [s.name_ar, s.name].filter(Boolean).join(" · ");
    }).join("؛ ");
    panel.appendChild(el("dl", { className: "fields" }, [
      field("التاريخ", "Date", (event.date || "?") + (event.time_precision ? " (precision " + event.time_precision + ")" : "")),
      field("المكان", "Place", placeText(loc), true),
      field("الطرف الأول", "Actor 1", actorText(event.actor1), true),
      field("الطرف الثاني", "Actor 2", actorText(event.actor2), true),
      field("القتلى", "Fatalities", countText(event.fatalities)),
      field("الجرحى", "Injured", countText(event.injured)),
      field("الحالة", "Status", (STATUS_AR[event.status] || "") + " · " + event.status),
      field("المصادر", "Sources", sources, true),
      field("التقارير", "Reports", String(event.n_reports) + " · " + (event.outlets || []).join("، "), true)
    ]));
    if (event.notes) {
      panel.appendChild(el("h3", null, [bilingual("ملاحظات", "Notes")]));
      panel.appendChild(el("p", { className: "notes", lang: "en", dir: "ltr", text: event.notes }));
    }
    var legendBox = el("div", { className: "hl-legend" });
    HIGHLIGHT_LEGEND.forEach(function (row) {
      legendBox.appendChild(el("mark", { className: "hl " + row[0] }, [ar(row[1]), " " + row[2]]));
    });
    panel.appendChild(el("h3", null, [bilingual("التقارير والأدلة", "Reports and evidence")]));
    panel.appendChild(legendBox);
    (event.reports || []).forEach(function (report, i) { panel.appendChild(reportSection(report, i)); });
    panel.scrollTop = 0;
  }

  function closePanel() {
    state.selected = null;
    var panel = document.getElementById("event-panel");
    clear(panel);
    panel.appendChild(el("p", { className: "hint" }, [ar("اختر حدثاً على الخريطة أو في القائمة"), el("br"),
                                                       "Select an event on the map or in the list"]));
    markSelected();
    if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
  }

  function markSelected() {
    Array.prototype.forEach.call(document.querySelectorAll(".event-item"), function (item) {
      item.classList.toggle("selected", String(state.selected) === item.getAttribute("data-event-id"));
    });
  }

  function openEvent(id) {
    state.selected = id;
    markSelected();
    return getJSON(API + "/events/" + encodeURIComponent(id)).then(function (body) {
      if (state.selected !== id) return;
      drawPanel(body.event);
      window.marsad.openedEvent = body.event.id;
      history.replaceState(null, "", "#event=" + encodeURIComponent(String(id)));
      showError(null);
    }).catch(function (err) { showError(err.message); });
  }
  window.marsad.openEvent = openEvent;

  // ---- filters and loading --------------------------------------------------------------

  var form = document.getElementById("filters");

  function readFilters() {
    var data = new FormData(form);
    var filters = {};
    ["since", "until", "country", "event_type", "status", "actor", "q"].forEach(function (name) {
      var value = String(data.get(name) || "").trim();
      if (value) filters[name] = value;
    });
    state.filters = filters;
    return filters;
  }

  function statsFilters() {
    var f = {};
    Object.keys(state.filters).forEach(function (k) { if (k !== "since" && k !== "until") f[k] = state.filters[k]; });
    return f;
  }

  var generation = 0;

  function loadEvents(withTimeline, fit) {
    var mine = ++generation;
    var jobs = [getJSON(API + "/events" + query(state.filters, { limit: MAP_LIMIT })).then(function (body) {
      if (mine !== generation) return;
      state.events = body.events;
      state.total = body.total;
      drawMarkers(body.events, fit);
      drawList(body.events);
      drawSummary();
    })];
    if (withTimeline) {
      jobs.push(getJSON(API + "/stats" + query(statsFilters())).then(function (body) {
        if (mine !== generation) return;
        state.stats = body;
        drawTimeline(body);
      }));
    } else {
      drawSelection();
    }
    return Promise.all(jobs).then(function () {
      if (mine === generation) { state.loads += 1; showError(null); }
    }).catch(function (err) { showError(err.message); state.loads += 1; });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    readFilters();
    loadEvents(true, true);
  });
  form.addEventListener("change", function (ev) {
    if (ev.target && ev.target.tagName === "SELECT") { readFilters(); loadEvents(true, true); }
    else if (ev.target && ev.target.type === "date") { readFilters(); loadEvents(false, false); }
  });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { readFilters(); loadEvents(true, true); }, 0);
  });
  document.getElementById("clear-range").addEventListener("click", function () { setRange("", ""); });
  window.addEventListener("resize", function () { if (state.stats) drawTimeline(state.stats); });

  function fillSelects(apiInfo, stats) {
    var types = document.getElementById("f-event-type");
    EVENT_TYPES.forEach(function (t) {
      types.appendChild(el("option", { value: t.key, text: t.ar + " · " + t.key }));
    });
    var statuses = document.getElementById("f-status");
    (apiInfo.statuses || []).forEach(function (s) {
      statuses.appendChild(el("option", { value: s, text: (STATUS_AR[s] || s) + " · " + s }));
    });
    var counts = {};
    (stats.by_admin1 || []).forEach(function (row) {
      if (row.country) counts[row.country] = (counts[row.country] || 0) + row.count;
    });
    var countries = document.getElementById("f-country");
    Object.keys(counts).sort().forEach(function (code) {
      var name = (apiInfo.countries || {})[code] || code;
      countries.appendChild(el("option", { value: code, text: name + " (" + counts[code] + ")" }));
    });
  }

  Promise.all([getJSON(API), getJSON(API + "/stats")]).then(function (results) {
    fillSelects(results[0], results[1]);
    readFilters();
    var boundaries = loadBoundaries();
    var events = loadEvents(true, true);
    var hash = /^#event=(.+)$/.exec(window.location.hash);
    if (hash) openEvent(decodeURIComponent(hash[1]));
    return Promise.all([boundaries, events]);
  }).then(function () {
    window.marsad.ready = true;
  }).catch(function (err) { showError(err.message); });
})();
