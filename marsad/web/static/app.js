/* marsad web map: every view is drawn from the JSON API (/api/...).
 *
 * Article text, names and URLs are untrusted: the DOM is built with createElement and
 * textContent only (never innerHTML), links are kept only when they are http(s).
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("marsad-config").textContent || "{}");
  var API = config.api || "/api";

  // The codebook's event types and statuses come from the API (/api/taxonomy), in its order; the
  // colours are the page's own, by position (the CSS classes .ev-t-0 ... follow the same order).
  var TYPE_COLORS = ["#d7301f", "#fd8d3c", "#7a0177", "#2171b5", "#b8860b", "#238b45"];
  var EVENT_TYPES = [];  // { key, ar, color, subs }
  var OTHER_COLOR = "#666666";
  var STATUS_AR = {};

  function setTaxonomy(taxonomy) {
    EVENT_TYPES = (taxonomy.event_types || []).map(function (t, i) {
      return { key: t.name, ar: t.name_ar, color: TYPE_COLORS[i] || OTHER_COLOR, subs: t.sub_event_types || [] };
    });
    STATUS_AR = {};
    (taxonomy.statuses || []).forEach(function (s) { STATUS_AR[s.name] = s.name_ar; });
  }

  function subTypesOf(key) {
    return typeInfo(key).subs || [];
  }
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
  // Codebook precision codes in words (time: day / week / month; place: exact / near / region).
  var TIME_PRECISION = { 1: ["اليوم بالتحديد", "exact day"], 2: ["خلال أسبوع", "within a week"],
                         3: ["خلال شهر", "within a month"] };
  var GEO_PRECISION = { 1: ["المكان بالتحديد", "exact place"], 2: ["قرب المكان أو في منطقته", "near the place (district)"],
                        3: ["المحافظة أو المنطقة", "region (province)"] };
  var REVIEW_AR = { accepted: "مقبول", edited: "معدّل", rejected: "مرفوض", merged: "مدموج", split: "مفصول" };
  var FILTER_NAMES = ["since", "until", "country", "admin1", "event_type", "sub_event_type", "status", "actor", "q",
                      "fatalities_min", "fatalities_max", "outlet", "geo_precision"];
  var MAP_LIMIT = 2000;
  var LIST_LIMIT = 300;

  var state = {
    filters: {},         // the FILTER_NAMES that are set
    current: null,       // the event in the panel (as the API gave it)
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

  // Every piece of data in its own isolate: mixed Arabic/English lines keep their order.
  function bdi(text, lang) { return el("bdi", { text: text, lang: lang || null }); }

  // Nodes joined by a separator (each part a node or a string shown in a <bdi>).
  function joined(parts, sep) {
    var out = el("span", { className: "joined" });
    parts.filter(function (p) { return p !== null && p !== undefined && p !== ""; }).forEach(function (p, i) {
      if (i) out.appendChild(document.createTextNode(sep || " · "));
      out.appendChild(typeof p === "string" ? bdi(p) : p);
    });
    return out;
  }

  function placeParts(loc) {
    if (!loc) return [];
    var parts = [];
    if (loc.name_ar) parts.push(bdi(loc.name_ar, "ar"));
    if (loc.name && loc.name !== loc.name_ar) parts.push(bdi(loc.name, "en"));
    if (loc.admin1) parts.push(bdi(loc.admin1, "en"));
    if (loc.country) parts.push(bdi(loc.country, "en"));
    return parts;
  }

  function actorNode(actor) {
    if (!actor) return "—";
    return joined([actor.name_ar ? bdi(actor.name_ar, "ar") : null,
                   actor.name && actor.name !== actor.name_ar ? bdi(actor.name, "en") : null]);
  }

  function precisionText(table, code) {
    var words = table[code];
    return words ? words[1] + " · " + words[0] : (code ? "precision " + code : "");
  }

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
  // Panes: land under the admin1 lines under the labels under the markers.
  [["basemap", 210], ["admin1", 220], ["labels", 450]].forEach(function (pane) {
    var node = map.createPane(pane[0]);
    node.style.zIndex = String(pane[1]);
    if (pane[0] === "labels") node.style.pointerEvents = "none";
  });
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 18 }).addTo(map);
  }
  var countryLayer = L.geoJSON(null, {
    pane: "basemap", interactive: false,
    style: { color: "#8a8a80", weight: 0.9, fillColor: config.tile_url ? "transparent" : "#f2efe6",
             fillOpacity: config.tile_url ? 0 : 1 }
  }).addTo(map);
  var admin1Layer = L.geoJSON(null, {
    pane: "admin1", interactive: false,
    style: { color: "#a09a8a", weight: 0.7, dashArray: "3 3", fill: false }
  }).addTo(map);
  var labelLayer = L.layerGroup().addTo(map);
  var basemap = { countries: [], admin1: [], seas: [], places: [] };

  function labelMarker(latlng, className, arText, enText, data) {
    var parts = [];
    if (arText) parts.push(el("bdi", { className: "lbl-ar", lang: "ar", text: arText }));
    if (enText && enText !== arText) parts.push(el("bdi", { className: "lbl-en", lang: "en", text: enText }));
    var node = el("div", data || null, parts);
    return L.marker(latlng, {
      pane: "labels", interactive: false, keyboard: false,
      icon: L.divIcon({ className: "map-label " + className, html: node, iconSize: null })
    });
  }

  // Labels that fit: the most important first, none overlapping another on screen.
  function drawLabels() {
    labelLayer.clearLayers();
    var zoom = map.getZoom();
    var bounds = map.getBounds().pad(0.1);
    var taken = [];
    var shown = { countries: 0, admin1: 0, cities: 0, seas: 0, zoom: zoom };
    function fits(latlng, w, h) {
      var p = map.latLngToContainerPoint(latlng);
      var box = [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
      for (var i = 0; i < taken.length; i++) {
        var t = taken[i];
        if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) return false;
      }
      taken.push(box);
      return true;
    }
    function width(a, b) { return 7 * Math.max((a || "").length, (b || "").length) + 10; }
    basemap.seas.forEach(function (s) {
      var ll = L.latLng(s.label[1], s.label[0]);
      if (zoom <= 7 && bounds.contains(ll) && fits(ll, width(s.name_ar, s.name), 30)) {
        labelLayer.addLayer(labelMarker(ll, "sea-label", s.name_ar, s.name));
        shown.seas++;
      }
    });
    var minArea = zoom < 3 ? 60 : zoom < 4 ? 8 : zoom < 5 ? 1 : 0;
    basemap.countries.forEach(function (c) {
      var ll = L.latLng(c.label[1], c.label[0]);
      if (c.area >= minArea && bounds.contains(ll) && fits(ll, width(c.name_ar, c.name), 30)) {
        labelLayer.addLayer(labelMarker(ll, "country-label", c.name_ar, c.name, { "data-iso2": c.iso2 || "" }));
        shown.countries++;
      }
    });
    var minPop = zoom < 4 ? 3000000 : zoom < 5 ? 1000000 : zoom < 6 ? 300000 : zoom < 7 ? 80000 :
                 zoom < 8 ? 30000 : zoom < 9 ? 10000 : 0;
    basemap.places.forEach(function (c) {
      if (c.population < minPop || shown.cities >= 250) return;
      var ll = L.latLng(c.lat, c.lon);
      if (bounds.contains(ll) && fits(ll, width(c.name_ar, c.name), 28)) {
        labelLayer.addLayer(labelMarker(ll, "city-label", c.name_ar, c.name, { "data-population": c.population }));
        shown.cities++;
      }
    });
    if (zoom >= 6) {
      basemap.admin1.forEach(function (a) {
        if (bounds.contains(a.latlng) && fits(a.latlng, width(a.name_ar, a.name), 28)) {
          labelLayer.addLayer(labelMarker(a.latlng, "admin1-label", a.name_ar, a.name));
          shown.admin1++;
        }
      });
    }
    window.marsad.labels = shown;
  }
  map.on("zoomend moveend", drawLabels);
  window.marsad.drawLabels = drawLabels;

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
  var markersById = {};
  var hiddenTypes = {};  // event types switched off in the legend

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", { className: "legend", id: "legend" }, [el("strong", null, [bilingual("نوع الحدث", "Event type")])]);
    EVENT_TYPES.forEach(function (t, i) {
      var row = el("button", { type: "button", className: "legend-row", "data-type": t.key, "aria-pressed": "true",
                               title: "show / hide · إظهار / إخفاء" }, [
        el("span", { className: "swatch ev-t-" + i }), ar(t.ar), " · ", el("span", { text: t.key })
      ]);
      row.addEventListener("click", function () {
        hiddenTypes[t.key] = !hiddenTypes[t.key];
        row.setAttribute("aria-pressed", hiddenTypes[t.key] ? "false" : "true");
        row.classList.toggle("off", !!hiddenTypes[t.key]);
        drawMarkers(state.events, false);
      });
      box.appendChild(row);
    });
    box.appendChild(el("div", { className: "legend-note" }, [
      el("span", { className: "swatch reviewed-swatch" }), bilingual("تمت مراجعته", "reviewed")]));
    box.appendChild(el("div", { className: "legend-note" }, [bilingual("الحجم: عدد القتلى", "size: fatalities")]));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };

  function loadBasemap() {
    var countries = getJSON(API + "/basemap/countries").then(function (data) {
      countryLayer.addData(data);
      basemap.countries = data.features.map(function (f) { return f.properties; });
      basemap.seas = data.seas || [];
      if (data.attribution) map.attributionControl.addAttribution(data.attribution);
    });
    var admin1 = getJSON(API + "/boundaries?level=admin1").then(function (data) {
      admin1Layer.addData(data);
      basemap.admin1 = (data.features || []).map(function (f) {
        var p = f.properties || {};
        var ll = (typeof p.label_lat === "number" && typeof p.label_lon === "number") ?
          L.latLng(p.label_lat, p.label_lon) : L.geoJSON(f).getBounds().getCenter();
        return { name: p.name_en || p.name, name_ar: p.name_ar, latlng: ll };
      });
    });
    var places = getJSON(API + "/basemap/places").then(function (data) {
      basemap.places = data.places || [];
      map.attributionControl.addAttribution("places: GeoNames (CC-BY 4.0)");
    });
    return Promise.all([countries, admin1, places]).then(drawLabels)
      .catch(function (err) { showError("basemap: " + err.message); });
  }

  function markerSize(event) {
    var f = event.fatalities && event.fatalities.best ? event.fatalities.best : 0;
    return f >= 50 ? 26 : f >= 10 ? 20 : f >= 1 ? 16 : 12;
  }

  function markerFor(event) {
    var loc = event.location || {};
    var size = markerSize(event);
    var review = event.review ? " reviewed review-" + event.review.status : "";
    var icon = L.divIcon({ className: "ev-marker " + typeClass(event.event_type) + review, iconSize: [size, size] });
    var marker = L.marker([loc.lat, loc.lon], { icon: icon, keyboard: true, title: placeText(loc),
                                                eventType: event.event_type });
    var tip = el("div", { className: "tip" }, [
      el("div", { className: "tip-place" }, [joined(placeParts(loc))]),
      el("div", null, [bdi(event.date || "?"), " · ", bdi(event.sub_event_type || event.event_type, "en")])
    ]);
    marker.bindTooltip(tip, { direction: "top" });
    marker.on("click", function () { openEvent(event.id); });
    marker.on("add", function () {
      var node = marker.getElement();
      if (node) {
        node.setAttribute("data-event-id", String(event.id));
        node.classList.toggle("ev-selected", String(state.selected) === String(event.id));
      }
    });
    return marker;
  }

  function drawMarkers(events, fit) {
    cluster.clearLayers();
    markersById = {};
    var markers = [];
    events.forEach(function (e) {
      var loc = e.location || {};
      if (hiddenTypes[e.event_type]) return;
      if (typeof loc.lat === "number" && typeof loc.lon === "number") {
        var m = markerFor(e);
        markersById[e.id] = m;
        markers.push(m);
      }
    });
    cluster.addLayers(markers);
    window.marsad.markerCount = markers.length;
    if (markers.length && !window.marsad.firstMarkersAt) window.marsad.firstMarkersAt = performance.now();
    if (fit && markers.length) {
      var bounds = cluster.getBounds();
      // keep the markers clear of the legend (bottom right)
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 8, paddingTopLeft: [20, 20], paddingBottomRight: [280, 150] });
    }
  }

  // Pan the map to an event's marker, zooming into its clusters (spiderfied when they cannot
  // split), and ring it. Our own steps rather than the plugin's zoomToShowLayer, whose pending
  // listeners outlive a redraw of the markers.
  function showOnMap(id) {
    var marker = markersById[id];
    if (!marker) return false;
    var steps = 0;
    function done() {
      var node = marker.getElement();
      if (node) node.classList.add("ev-selected");
      window.marsad.panned = id;
    }
    function step() {
      if (markersById[id] !== marker || !cluster.hasLayer(marker) || steps++ > 8) return;  // redrawn meanwhile
      var parent = cluster.getVisibleParent(marker);
      if (parent === marker) { done(); return; }
      if (parent && map.getZoom() >= map.getMaxZoom() - 0.5) {
        cluster.once("spiderfied", done);
        parent.spiderfy();
        return;
      }
      map.once("moveend", function () { window.setTimeout(step, 0); });
      if (parent) map.fitBounds(parent.getBounds().pad(0.5), { animate: false, maxZoom: map.getMaxZoom() });
      else map.setView(marker.getLatLng(), Math.max(map.getZoom(), 8), { animate: false });
    }
    step();
    return true;
  }

  // ---- list -----------------------------------------------------------------------------

  function located(e) {
    var loc = e.location || {};
    return typeof loc.lat === "number" && typeof loc.lon === "number";
  }

  function badge(cls, arText, enText, title) {
    return el("span", { className: "badge " + cls, title: title || null }, [ar(arText), " · " + enText]);
  }

  function drawList(events) {
    var list = document.getElementById("event-list");
    clear(list);
    events.slice(0, LIST_LIMIT).forEach(function (e) {
      var info = typeInfo(e.event_type);
      var badges = el("span", { className: "badges" });
      if (!e.date) badges.appendChild(badge("no-date", "بلا تاريخ", "no date",
        "the article gives no date and has no publication date · لا تاريخ في المقال ولا تاريخ نشر"));
      if (!located(e)) badges.appendChild(badge("no-place", "بلا إحداثيات", "no coordinates",
        "the place was not found in the gazetteer · لم يعثر على المكان في المعجم الجغرافي"));
      if (e.review) badges.appendChild(badge("review review-" + e.review.status, REVIEW_AR[e.review.status] || e.review.status,
                                             e.review.status));
      var item = el("li", {
        className: "event-item" + (e.id === state.selected ? " selected" : ""),
        "data-event-id": e.id, tabindex: 0, role: "button"
      }, [
        el("span", { className: "swatch " + typeClass(e.event_type) }),
        el("span", { className: "date" }, [bdi(e.date || "—")]),
        el("span", { className: "type" }, [ar(info.ar), " · ", bdi(e.sub_event_type || e.event_type, "en")]),
        el("span", { className: "place" }, [joined(placeParts(e.location))]),
        el("span", { className: "actors" }, [joined([e.actor1 && (e.actor1.name || e.actor1.name_ar),
                                                      e.actor2 && (e.actor2.name || e.actor2.name_ar)], " — "), badges])
      ]);
      item.addEventListener("click", function () { openEvent(e.id, true); });
      item.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); openEvent(e.id, true); }
      });
      list.appendChild(item);
    });
  }

  function drawSummary() {
    var shown = Math.min(state.events.length, state.total);
    var box = document.getElementById("summary");
    clear(box);
    box.appendChild(el("span", { id: "summary-total", "data-total": state.total }, [
      ar(state.total + " حدث"), " · " + state.total + " events"]));
    if (shown < state.total) {
      box.appendChild(el("br"));
      box.appendChild(ar(shown + " على الخريطة"));
      box.appendChild(document.createTextNode(" · " + shown + " on the map"));
    }
    var noDate = state.events.filter(function (e) { return !e.date; }).length;
    var noPlace = state.events.filter(function (e) { return !located(e); }).length;
    box.appendChild(el("br"));
    box.appendChild(el("span", { id: "summary-missing", "data-no-date": noDate, "data-no-place": noPlace }, [
      ar(noDate + " بلا تاريخ (خارج الخط الزمني)، " + noPlace + " بلا إحداثيات (خارج الخريطة)"), el("br"),
      noDate + " without a date (not on the timeline), " + noPlace + " without coordinates (not on the map)"
    ]));
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
    setupSlider();
  }

  // The time slider: two handles over the timeline's days; moving one sets since / until.
  function setupSlider() {
    var from = document.getElementById("t-from"), to = document.getElementById("t-to");
    if (!from || !to || !timeline.width) return;
    [from, to].forEach(function (input) {
      input.min = String(timeline.first);
      input.max = String(timeline.last);
    });
    from.value = String(state.filters.since ? Math.max(timeline.first, dayNumber(state.filters.since)) : timeline.first);
    to.value = String(state.filters.until ? Math.min(timeline.last, dayNumber(state.filters.until)) : timeline.last);
    showSliderDays();
  }

  function showSliderDays() {
    var from = document.getElementById("t-from"), to = document.getElementById("t-to");
    document.getElementById("t-from-day").textContent = isoOf(+from.value);
    document.getElementById("t-to-day").textContent = isoOf(+to.value);
  }

  function sliderInput(ev) {
    var from = document.getElementById("t-from"), to = document.getElementById("t-to");
    if (+from.value > +to.value) {
      if (ev.target === from) to.value = from.value; else from.value = to.value;
    }
    showSliderDays();
    if (timeline.sel) showSelection(+from.value, +to.value);
  }

  function sliderChange() {
    var from = +document.getElementById("t-from").value, to = +document.getElementById("t-to").value;
    setRange(from <= timeline.first ? "" : isoOf(from), to >= timeline.last ? "" : isoOf(to));
  }

  ["t-from", "t-to"].forEach(function (id) {
    var input = document.getElementById(id);
    if (!input) return;
    input.addEventListener("input", sliderInput);
    input.addEventListener("change", sliderChange);
  });

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
    setupSlider();
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

  // ---- charts: events by month (stacked by type), by region, fatalities by month ----------

  var SVG_NS = "http://www.w3.org/2000/svg";
  function svgNode(tag, attrs, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Every month from the first to the last (empty months too), unless that is more than 20 years.
  function monthRange(months) {
    if (!months.length) return months;
    var out = [], y = +months[0].slice(0, 4), m = +months[0].slice(5, 7);
    var last = months[months.length - 1];
    while (out.length < 240) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push(key);
      if (key >= last) return out;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return months;
  }

  function monthBars(box, id, months, rows, label) {
    months = monthRange(months);
    // rows: month -> {type: count}; stacked bars, one per month
    var width = Math.max(260, box.clientWidth || 320), height = 150, left = 34, bottom = 20, top = 8;
    var svg = svgNode("svg", { id: id, width: width, height: height, viewBox: "0 0 " + width + " " + height,
                               role: "img", "aria-label": label });
    var max = 1;
    months.forEach(function (m) {
      var sum = 0;
      Object.keys(rows[m]).forEach(function (t) { sum += rows[m][t]; });
      max = Math.max(max, sum);
    });
    var bw = (width - left - 6) / Math.max(1, months.length);
    months.forEach(function (m, i) {
      var y = height - bottom, total = 0;
      rows[m] = rows[m] || {};
      var g = svgNode("g", { "class": "month", "data-month": m });
      EVENT_TYPES.map(function (t) { return t.key; }).concat(["_"]).forEach(function (type) {
        var c = rows[m][type];
        if (!c) return;
        total += c;
        var h = (c / max) * (height - top - bottom);
        y -= h;
        g.appendChild(svgNode("rect", { x: left + i * bw + 0.5, y: y, width: Math.max(1, bw - 1), height: h,
                                        fill: type === "_" ? "#555" : typeInfo(type).color }));
      });
      g.setAttribute("data-count", String(total));
      g.appendChild(svgNode("title", {}, m + ": " + total));
      svg.appendChild(g);
    });
    if (!months.length) {
      svg.appendChild(svgNode("text", { x: width / 2, y: height / 2, "text-anchor": "middle", "class": "axis" },
                              "لا بيانات · no data"));
      return svg;
    }
    svg.appendChild(svgNode("text", { x: left - 4, y: top + 8, "text-anchor": "end", "class": "axis" }, String(max)));
    if (months.length) {
      svg.appendChild(svgNode("text", { x: left, y: height - 6, "class": "axis" }, months[0]));
      svg.appendChild(svgNode("text", { x: width - 6, y: height - 6, "text-anchor": "end", "class": "axis" },
                              months[months.length - 1]));
    }
    return svg;
  }

  function drawCharts(stats) {
    var area = document.getElementById("charts");
    if (!area || !stats) return;
    clear(area);
    // events by month, stacked by type
    var byMonth = {}, undated = 0;
    (stats.by_day || []).forEach(function (row) {
      if (!row.date) { undated += row.count; return; }
      var m = row.date.slice(0, 7);
      var rows = byMonth[m] || (byMonth[m] = {});
      rows[row.event_type] = (rows[row.event_type] || 0) + row.count;
    });
    var months = Object.keys(byMonth).sort();
    var one = el("figure", { className: "chart" }, [el("figcaption", null, [bilingual("الأحداث شهرياً", "Events by month")])]);
    area.appendChild(one);
    one.appendChild(monthBars(one, "chart-months", months, byMonth, "events by month"));
    one.appendChild(el("p", { className: "chart-note", id: "chart-undated", "data-count": undated }, [
      ar(undated + " بلا تاريخ"), " · " + undated + " without a date"]));
    // by country / admin1
    var regions = el("figure", { className: "chart" }, [el("figcaption", null, [bilingual("حسب المنطقة", "By country / region")])]);
    var list = el("ol", { className: "bars", id: "chart-regions" });
    var top = (stats.by_admin1 || []).slice(0, 12);
    var max = top.length ? top[0].count : 1;
    top.forEach(function (row) {
      list.appendChild(el("li", { "data-count": row.count }, [
        el("span", { className: "bar-label" }, [joined([row.admin1 || "—", row.country || "?"], ", ")]),
        el("span", { className: "bar", style: "width:" + Math.max(2, Math.round(100 * row.count / max)) + "%" }),
        el("span", { className: "bar-value", text: String(row.count) })
      ]));
    });
    regions.appendChild(list);
    area.appendChild(regions);
    // fatalities by month (of the events loaded)
    var fat = {}, fatTotal = 0;
    state.events.forEach(function (e) {
      if (!e.date || !e.fatalities || !e.fatalities.best) return;
      var m = e.date.slice(0, 7);
      fat[m] = fat[m] || { _: 0 };
      fat[m]._ += e.fatalities.best;
      fatTotal += e.fatalities.best;
    });
    var three = el("figure", { className: "chart" }, [el("figcaption", null, [bilingual("القتلى شهرياً", "Fatalities by month")])]);
    area.appendChild(three);
    three.appendChild(monthBars(three, "chart-fatalities", Object.keys(fat).sort(), fat, "fatalities by month"));
    three.appendChild(el("p", { className: "chart-note", id: "chart-fatalities-total", "data-total": fatTotal }, [
      ar("المجموع " + fatTotal), " · total " + fatTotal + (state.events.length < state.total ? " (of the events on the map)" : "")]));
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

  function field(arLabel, enLabel, value, name) {
    var empty = value === null || value === undefined || value === "";
    return el("div", { className: "field", "data-field": name || null }, [
      el("dt", null, [bilingual(arLabel, enLabel)]),
      el("dd", null, [empty ? "—" : (typeof value === "string" ? bdi(value) : value)])
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
        el("bdi", { className: "outlet", text: report.outlet || article.outlet || "?" }),
        " · ",
        el("bdi", { className: "published", text: report.published || article.published || "?" })
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

  function sourcesNode(event) {
    // Each source once: Arabic and English names, and the words of the article that name it.
    var seen = {}, items = [];
    (event.reports || []).forEach(function (report) {
      var sources = (report.event && report.event.sources) || [];
      sources.forEach(function (s, i) {
        if (!s || typeof s !== "object") return;
        var key = s.name || s.name_ar;
        if (!key || seen[key]) return;
        seen[key] = true;
        var ev = s.evidence && s.evidence.text ? el("mark", {
          className: "hl hl-source", lang: "ar", "data-report-id": report.id, "data-fields": "sources." + i,
          text: s.evidence.text }) : null;
        items.push(el("li", { className: "source" }, [
          joined([s.name_ar ? bdi(s.name_ar, "ar") : null, s.name ? bdi(s.name, "en") : null]),
          ev ? " " : null, ev
        ]));
      });
    });
    (event.sources || []).forEach(function (name) {
      if (typeof name !== "string" || seen[name]) return;
      seen[name] = true;
      items.push(el("li", { className: "source" }, [bdi(name)]));
    });
    return items.length ? el("ul", { className: "sources" }, items) : "—";
  }

  function historyNode(history) {
    var list = el("ol", { className: "history" });
    (history || []).forEach(function (h) {
      var changes = el("ul", { className: "changes" });
      Object.keys(h.changes || {}).forEach(function (name) {
        var c = h.changes[name] || {};
        changes.appendChild(el("li", null, [bdi(name, "en"), ": ", el("code", { className: "old", text: JSON.stringify(c.old) }),
                                            " → ", el("code", { className: "new", text: JSON.stringify(c.new) })]));
      });
      list.appendChild(el("li", { className: "history-item", "data-action": h.action }, [
        bdi(h.at || "", "en"), " · ", bdi(h.reviewer || "?"), " · ", el("strong", { text: h.action }),
        h.note ? el("span", { className: "history-note" }, [" — ", bdi(h.note)]) : null,
        changes
      ]));
    });
    return list;
  }

  function drawPanel(event) {
    var panel = document.getElementById("event-panel");
    clear(panel);
    state.current = event;
    var info = typeInfo(event.event_type);
    var close = el("button", { type: "button", className: "close", "aria-label": "close", text: "×" });
    close.addEventListener("click", function () { closePanel(); });
    panel.appendChild(close);
    panel.appendChild(el("h2", { className: "event-title", "data-event-id": event.id }, [
      el("span", { className: "swatch " + typeClass(event.event_type) }),
      ar(info.ar), " · ", el("span", { text: event.event_type })
    ]));
    panel.appendChild(el("p", { className: "sub-type" }, [bdi(event.sub_event_type || "", "en"), " · ",
                                                          bdi(String(event.event_id_cnty || event.id), "en")]));
    if (event.review) {
      panel.appendChild(el("p", { className: "review-status review-" + event.review.status }, [
        ar("تمت المراجعة: " + (REVIEW_AR[event.review.status] || event.review.status)), " · reviewed: ",
        bdi(event.review.status, "en"), " · ", bdi(event.review.reviewed_by || "?"), " · ",
        bdi(event.review.reviewed_at || "", "en")]));
    }
    var loc = event.location || {};
    var dateNode = event.date ? joined([bdi(event.date, "en"), el("span", { className: "precision",
      text: precisionText(TIME_PRECISION, event.time_precision) })]) :
      el("span", { className: "missing", text: "— no date: the article gives none and has no publication date · بلا تاريخ" });
    var placeNode = located(event) ? joined([joined(placeParts(loc)), el("span", { className: "precision",
      text: precisionText(GEO_PRECISION, loc.geo_precision) })]) :
      el("span", { className: "missing" }, [joined(placeParts(loc)), " — no coordinates: not on the map · بلا إحداثيات"]);
    panel.appendChild(el("dl", { className: "fields" }, [
      field("التاريخ", "Date", dateNode, "date"),
      field("المكان", "Place", placeNode, "place"),
      field("الطرف الأول", "Actor 1", actorNode(event.actor1), "actor1"),
      field("الطرف الثاني", "Actor 2", actorNode(event.actor2), "actor2"),
      field("القتلى", "Fatalities", countText(event.fatalities), "fatalities"),
      field("الجرحى", "Injured", countText(event.injured), "injured"),
      field("الحالة", "Status", joined([STATUS_AR[event.status] ? bdi(STATUS_AR[event.status], "ar") : null,
                                        bdi(event.status, "en")]), "status"),
      field("المصادر", "Sources", sourcesNode(event), "sources"),
      field("التقارير", "Reports", joined([String(event.n_reports)].concat(event.outlets || []), "، "), "reports")
    ]));
    if (event.notes) {
      panel.appendChild(el("h3", null, [bilingual("ملاحظات", "Notes")]));
      panel.appendChild(el("p", { className: "notes", lang: "en", dir: "ltr", text: event.notes }));
    }
    if (config.review) panel.appendChild(reviewBox(event));
    if (event.history && event.history.length) {
      panel.appendChild(el("h3", null, [bilingual("سجل المراجعة", "Review history")]));
      panel.appendChild(historyNode(event.history));
    }
    var legendBox = el("div", { className: "hl-legend" });
    HIGHLIGHT_LEGEND.forEach(function (row) {
      legendBox.appendChild(el("mark", { className: "hl " + row[0] }, [ar(row[1]), " " + row[2]]));
    });
    panel.appendChild(el("h3", null, [bilingual("التقارير والأدلة", "Reports and evidence")]));
    panel.appendChild(legendBox);
    (event.reports || []).forEach(function (report, i) {
      var section = reportSection(report, i);
      if (config.review && (event.reports || []).length > 1) {
        var split = el("button", { type: "button", className: "rv-split", "data-report-id": report.id,
                                   text: "افصل هذا التقرير · split this report off" });
        split.addEventListener("click", function () {
          sendReview(event.id, "split", { report: report.id, note: reviewNote() });
        });
        section.appendChild(split);
      }
      panel.appendChild(section);
    });
    panel.scrollTop = 0;
  }

  // ---- review (only when the server has reviewer tokens) -------------------------------

  var TOKEN_KEY = "marsad-review-token";

  function reviewToken() {
    var input = document.getElementById("review-token");
    return (input && input.value.trim()) || "";
  }

  function reviewNote() {
    var input = document.getElementById("rv-note");
    return input ? input.value.trim() : "";
  }

  function postJSON(url, body) {
    var headers = { Accept: "application/json", "Content-Type": "application/json" };
    var token = reviewToken();
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(url, { method: "POST", headers: headers, body: JSON.stringify(body) }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok || data.ok === false) throw new Error((data && data.error) || ("HTTP " + response.status));
        return data;
      });
    });
  }

  function sendReview(id, kind, body) {
    var status = document.getElementById("rv-status");
    if (status) status.textContent = "…";
    return postJSON(API + "/events/" + encodeURIComponent(id) + "/" + kind, body).then(function (data) {
      drawPanel(data.event);
      window.marsad.reviewed = (window.marsad.reviewed || 0) + 1;
      var done = document.getElementById("rv-status");
      if (done) done.textContent = "✓ saved · حُفظ";
      showError(null);
      return loadEvents(true, false);
    }).catch(function (err) {
      var box = document.getElementById("rv-status");
      if (box) box.textContent = err.message;
      showError(err.message);
    });
  }

  function input(id, label, value, attrs) {
    var node = el("input", Object.assign({ id: id, name: id, value: value === null || value === undefined ? "" : value,
                                           dir: "auto" }, attrs || {}));
    return [el("label", { "for": id, text: label }), node];
  }

  function reviewBox(event) {
    var box = el("section", { className: "review-box", id: "review-box" });
    box.appendChild(el("h3", null, [bilingual("مراجعة", "Review")]));
    var note = input("rv-note", "ملاحظة المراجع · reviewer's note", "", { type: "text", maxlength: 2000 });
    var accept = el("button", { type: "button", id: "rv-accept", text: "قبول · accept" });
    var reject = el("button", { type: "button", id: "rv-reject", text: "رفض · reject" });
    accept.addEventListener("click", function () { sendReview(event.id, "review", { action: "accept", note: reviewNote() }); });
    reject.addEventListener("click", function () { sendReview(event.id, "review", { action: "reject", note: reviewNote() }); });
    box.appendChild(el("div", { className: "rv-row" }, note));
    box.appendChild(el("div", { className: "buttons" }, [accept, reject]));

    var form = el("form", { id: "rv-form", className: "rv-form" });
    var typeSel = el("select", { id: "rv-event_type", name: "event_type" });
    EVENT_TYPES.forEach(function (t) { typeSel.appendChild(el("option", { value: t.key, text: t.ar + " · " + t.key })); });
    typeSel.value = event.event_type;
    var subSel = el("select", { id: "rv-sub_event_type", name: "sub_event_type" });
    function fillSubs() {
      clear(subSel);
      subTypesOf(typeSel.value).forEach(function (s) { subSel.appendChild(el("option", { value: s, text: s })); });
    }
    fillSubs();
    subSel.value = event.sub_event_type;
    typeSel.addEventListener("change", fillSubs);
    var statusSel = el("select", { id: "rv-status-field", name: "status" });
    Object.keys(STATUS_AR).forEach(function (s) { statusSel.appendChild(el("option", { value: s, text: STATUS_AR[s] + " · " + s })); });
    statusSel.value = event.status;
    var f = event.fatalities;
    var loc = event.location || {};
    [[el("label", { "for": "rv-event_type", text: "نوع الحدث · event type" }), typeSel],
     [el("label", { "for": "rv-sub_event_type", text: "النوع الفرعي · sub-event type" }), subSel],
     [el("label", { "for": "rv-status-field", text: "الحالة · status" }), statusSel],
     input("rv-date", "التاريخ · date (YYYY-MM-DD)", event.date, { type: "text", pattern: "\\d{4}-\\d{2}-\\d{2}" }),
     input("rv-fatalities", "القتلى · fatalities", f ? f.best : "", { type: "number", min: 0 }),
     input("rv-actor1", "الطرف الأول · actor 1", event.actor1 ? (event.actor1.name || event.actor1.name_ar) : "", { type: "text" }),
     input("rv-actor2", "الطرف الثاني · actor 2", event.actor2 ? (event.actor2.name || event.actor2.name_ar) : "", { type: "text" }),
     input("rv-place", "المكان · place name", loc.name || loc.name_ar || "", { type: "text" }),
     input("rv-notes", "ملاحظات · notes", event.notes || "", { type: "text" })
    ].forEach(function (pair) { form.appendChild(el("div", { className: "rv-row" }, pair)); });
    var save = el("button", { type: "submit", id: "rv-save", text: "حفظ التعديل · save edit" });
    form.appendChild(save);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var changes = {};
      if (typeSel.value !== event.event_type) changes.event_type = typeSel.value;
      if (subSel.value !== event.sub_event_type) changes.sub_event_type = subSel.value;
      if (statusSel.value !== event.status) changes.status = statusSel.value;
      var day = form.querySelector("#rv-date").value.trim();
      if (day !== (event.date || "")) changes.date = day || null;
      var fat = form.querySelector("#rv-fatalities").value.trim();
      if (fat !== (f ? String(f.best) : "")) {
        changes.fatalities = fat === "" ? null : { best: parseInt(fat, 10), low: parseInt(fat, 10), high: parseInt(fat, 10) };
      }
      ["actor1", "actor2"].forEach(function (side) {
        var now = form.querySelector("#rv-" + side).value.trim();
        var was = event[side] ? (event[side].name || event[side].name_ar) : "";
        if (now !== was) changes[side] = now ? (/[\u0600-\u06ff]/.test(now) ? { name_ar: now } : { name: now }) : null;
      });
      var place = form.querySelector("#rv-place").value.trim();
      if (place !== (loc.name || loc.name_ar || "")) {
        changes.location = /[\u0600-\u06ff]/.test(place) ? { name_ar: place } : { name: place };
      }
      var notes = form.querySelector("#rv-notes").value.trim();
      if (notes !== (event.notes || "")) changes.notes = notes;
      if (!Object.keys(changes).length) { document.getElementById("rv-status").textContent = "no change · لا تغيير"; return; }
      sendReview(event.id, "review", { action: "edit", changes: changes, note: reviewNote() });
    });
    box.appendChild(el("h4", null, [bilingual("تعديل", "Edit")]));
    box.appendChild(form);

    var other = el("input", { id: "rv-merge-other", type: "text", placeholder: "event id", size: 8 });
    var merge = el("button", { type: "button", id: "rv-merge", text: "ادمج · merge into this event" });
    merge.addEventListener("click", function () {
      sendReview(event.id, "merge", { other: other.value.trim(), note: reviewNote() });
    });
    box.appendChild(el("div", { className: "rv-row rv-merge" }, [
      el("label", { "for": "rv-merge-other", text: "ادمج حدثاً آخر · merge another event" }), other, merge]));
    box.appendChild(el("p", { id: "rv-status", className: "rv-status", role: "status" }));
    return box;
  }

  function closePanel() {
    state.selected = null;
    state.current = null;
    var panel = document.getElementById("event-panel");
    clear(panel);
    panel.appendChild(el("p", { className: "hint" }, [ar("اختر حدثاً على الخريطة أو في القائمة"), el("br"),
                                                       "Select an event on the map or in the list"]));
    markSelected();
    writeUrl();
  }

  function markSelected() {
    Array.prototype.forEach.call(document.querySelectorAll(".event-item"), function (item) {
      item.classList.toggle("selected", String(state.selected) === item.getAttribute("data-event-id"));
    });
    Array.prototype.forEach.call(document.querySelectorAll(".ev-marker.ev-selected"), function (node) {
      if (node.getAttribute("data-event-id") !== String(state.selected)) node.classList.remove("ev-selected");
    });
  }

  function openEvent(id, pan) {
    state.selected = id;
    markSelected();
    if (pan) showOnMap(id);
    return getJSON(API + "/events/" + encodeURIComponent(id)).then(function (body) {
      if (String(state.selected) !== String(id)) return;
      drawPanel(body.event);
      window.marsad.openedEvent = body.event.id;
      writeUrl();
      showError(null);
    }).catch(function (err) { showError(err.message); });
  }
  window.marsad.openEvent = openEvent;

  // ---- filters and loading --------------------------------------------------------------

  var form = document.getElementById("filters");
  var apiInfo = { event_types: {}, statuses: [], countries: {} };
  var allStats = null;

  function readFilters() {
    var data = new FormData(form);
    var filters = {};
    FILTER_NAMES.forEach(function (name) {
      var value = String(data.get(name) || "").trim();
      if (value) filters[name] = value;
    });
    state.filters = filters;
    return filters;
  }

  // The whole view in the URL: the filters as the query string, the open event as the hash.
  function writeUrl() {
    var url = window.location.pathname + query(state.filters) +
      (state.selected !== null && state.selected !== undefined ? "#event=" + encodeURIComponent(String(state.selected)) : "");
    if (url !== window.location.pathname + window.location.search + window.location.hash) history.replaceState(null, "", url);
    updateExport();
  }

  function updateExport() {
    var link = document.getElementById("export-link");
    var format = document.getElementById("export-format");
    if (!link || !format) return;
    link.setAttribute("href", API + "/export" + query(state.filters, { format: format.value }));
  }

  function ensureOption(select, value, text) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return;
    select.appendChild(el("option", { value: value, text: text || value }));
  }

  function fillAdmin1() {
    var select = document.getElementById("f-admin1");
    var chosen = select.value;
    var country = document.getElementById("f-country").value;
    while (select.options.length > 1) select.remove(1);
    var counts = {};
    ((allStats && allStats.by_admin1) || []).forEach(function (row) {
      if (!row.admin1 || (country && row.country !== country)) return;
      var key = row.admin1;
      counts[key] = (counts[key] || 0) + row.count;
    });
    Object.keys(counts).sort().forEach(function (name) {
      select.appendChild(el("option", { value: name, text: name + " (" + counts[name] + ")" }));
    });
    ensureOption(select, chosen);
    select.value = chosen;
  }

  function fillSubTypes() {
    var select = document.getElementById("f-sub-event-type");
    var chosen = select.value;
    var type = document.getElementById("f-event-type").value;
    while (select.options.length > 1) select.remove(1);
    EVENT_TYPES.forEach(function (t) {
      if (type && t.key !== type) return;
      t.subs.forEach(function (sub) { select.appendChild(el("option", { value: sub, text: sub })); });
    });
    ensureOption(select, chosen);
    select.value = chosen;
  }

  function statsFilters() {
    var f = {};
    Object.keys(state.filters).forEach(function (k) { if (k !== "since" && k !== "until") f[k] = state.filters[k]; });
    return f;
  }

  var generation = 0;

  function loadEvents(withTimeline, fit) {
    var mine = ++generation;
    writeUrl();
    var jobs = [getJSON(API + "/events" + query(state.filters, { limit: MAP_LIMIT })).then(function (body) {
      if (mine !== generation) return;
      state.events = body.events;
      state.total = body.total;
      drawMarkers(body.events, fit);
      drawList(body.events);
      drawSummary();
      // The open event left the filtered set: close the panel (the set is complete below the limit).
      if (state.selected !== null && body.events.length >= body.total &&
          !body.events.some(function (e) { return String(e.id) === String(state.selected); })) {
        closePanel();
      }
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
      if (mine === generation) { drawCharts(state.stats); state.loads += 1; showError(null); }
    }).catch(function (err) { showError(err.message); state.loads += 1; });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    readFilters();
    loadEvents(true, true);
  });
  form.addEventListener("change", function (ev) {
    var target = ev.target;
    if (!target) return;
    if (target.id === "f-country") fillAdmin1();
    if (target.id === "f-event-type") fillSubTypes();
    if (target.tagName === "SELECT") { readFilters(); loadEvents(true, true); }
    else if (target.type === "number") { readFilters(); loadEvents(true, false); }
    else if (target.classList.contains("day")) {
      if (target.value && !/^\d{4}-\d{2}-\d{2}$/.test(target.value.trim())) { showError("dates are YYYY-MM-DD"); return; }
      readFilters(); loadEvents(false, false);
    }
  });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { fillAdmin1(); fillSubTypes(); readFilters(); loadEvents(true, true); }, 0);
  });
  document.getElementById("clear-range").addEventListener("click", function () { setRange("", ""); });
  document.getElementById("export-format").addEventListener("change", updateExport);
  window.addEventListener("resize", function () { if (state.stats) drawTimeline(state.stats); });

  function fillSelects(info, stats) {
    apiInfo = info;
    allStats = stats;
    var types = document.getElementById("f-event-type");
    EVENT_TYPES.forEach(function (t) {
      types.appendChild(el("option", { value: t.key, text: t.ar + " · " + t.key }));
    });
    var statuses = document.getElementById("f-status");
    Object.keys(STATUS_AR).forEach(function (s) {
      statuses.appendChild(el("option", { value: s, text: STATUS_AR[s] + " · " + s }));
    });
    var counts = {};
    (stats.by_admin1 || []).forEach(function (row) {
      if (row.country) counts[row.country] = (counts[row.country] || 0) + row.count;
    });
    var countries = document.getElementById("f-country");
    Object.keys(counts).sort().forEach(function (code) {
      var name = (info.countries || {})[code] || code;
      countries.appendChild(el("option", { value: code, text: name + " (" + counts[code] + ")" }));
    });
  }

  function fillActors(body) {
    var list = document.getElementById("actor-names");
    var seen = {};
    (body.actors || []).forEach(function (a) {
      [a.name_ar, a.name].forEach(function (name) {
        if (!name || seen[name]) return;
        seen[name] = true;
        var aliases = (a.aliases_ar || []).length ? " — " + a.aliases_ar.join("، ") : "";
        list.appendChild(el("option", { value: name,
                                        label: [a.name_ar, a.name].filter(Boolean).join(" · ") + aliases + " (" + a.count + ")" }));
      });
    });
  }

  // The filters of the page's URL into the form (selects get an option for a value they lack).
  function applyUrl() {
    var params = new URLSearchParams(window.location.search);
    FILTER_NAMES.forEach(function (name) {
      var value = params.get(name);
      if (value === null) return;
      var node = form.elements.namedItem(name);
      if (!node) return;
      if (node.tagName === "SELECT") ensureOption(node, value);
      node.value = value;
      if (name === "country") fillAdmin1();
      if (name === "event_type") fillSubTypes();
    });
  }

  function setupReviewer() {
    var box = document.getElementById("reviewer");
    if (!config.review || !box) return;
    box.hidden = false;
    var token = document.getElementById("review-token");
    try { token.value = window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch (e) { /* storage off */ }
    token.addEventListener("change", function () {
      try { window.sessionStorage.setItem(TOKEN_KEY, token.value.trim()); } catch (e) { /* storage off */ }
    });
  }

  Promise.all([getJSON(API), getJSON(API + "/stats"), getJSON(API + "/taxonomy")]).then(function (results) {
    setTaxonomy(results[2]);
    legend.addTo(map);
    fillSelects(results[0], results[1]);
    fillAdmin1();
    fillSubTypes();
    applyUrl();
    readFilters();
    setupReviewer();
    var hash = /^#event=(.+)$/.exec(window.location.hash);
    if (hash) state.selected = decodeURIComponent(hash[1]);
    var basemapJob = loadBasemap();
    var events = loadEvents(true, true);
    getJSON(API + "/actors").then(fillActors).catch(function (err) { showError("actors: " + err.message); });
    if (hash) openEvent(decodeURIComponent(hash[1]));
    return Promise.all([basemapJob, events]);
  }).then(function () {
    window.marsad.ready = true;
  }).catch(function (err) { showError(err.message); });
})();
