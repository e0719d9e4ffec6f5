/* Draw the graph embedded in #graph-data (nodes + weighted edges) with the vendored Cytoscape.
   Node size follows the number of events, edge width and label the number of shared events.
   With data-home="CN", nodes of other countries are orange. Small graphs get fixed, roomy positions (two nodes never hide their edge and its count) and are
   never zoomed past 1.25; large ones a force layout, with edge counts shown on hover.
   Clicking a node opens its page. The instance is window.liaisonNetwork (the browser tests read it). */
(function () {
  "use strict";
  var box = document.getElementById("network");
  var data = document.getElementById("graph-data");
  if (!box || !data || typeof cytoscape === "undefined") { return; }
  var graph = JSON.parse(data.textContent);
  if (!graph.nodes.length) {
    box.textContent = box.dataset.empty || "No connections yet.";
    box.classList.add("empty");
    box.dataset.ready = "1";
    return;
  }
  var center = box.dataset.center || null;
  var small = graph.nodes.length <= 12;
  var labelEdges = graph.edges.length <= 15;
  var maxEvents = Math.max.apply(null, graph.nodes.map(function (n) { return n.events; }));
  var maxWeight = Math.max.apply(null, graph.edges.map(function (e) { return e.weight; }).concat([1]));

  function ring(nodes) {
    /* Positions: the centre (if any) in the middle, the others evenly on a circle roomy enough for them. */
    var out = {};
    var others = nodes.filter(function (n) { return n.id !== center; });
    var radius = Math.max(130, others.length * 26);
    if (others.length === 1 && nodes.length === 2) {
      out[nodes[0].id] = { x: -radius, y: 0 };
      out[nodes[1].id] = { x: radius, y: 0 };
      return out;
    }
    var hub = nodes.length > others.length;
    others.forEach(function (n, i) {
      /* around a centre, two or three nodes fan out above it, so no edge between them crosses it */
      var angle = hub && others.length <= 3 ? -Math.PI / 2 + (i - (others.length - 1) / 2) * 1.9
        : -Math.PI / 2 + 2 * Math.PI * i / others.length;
      out[n.id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
    nodes.forEach(function (n) { if (n.id === center) { out[n.id] = { x: 0, y: 0 }; } });
    return out;
  }

  function rings(nodes, edges) {
    /* Positions: the busiest person in the middle, the others on widening elliptic rings in order of events,
       each ring as full as its perimeter allows (a labelled node needs more room); within a ring, nodes sit
       near the average direction of their ties to inner rings, so partners face each other. */
    var ranked = nodes.slice().sort(function (a, b) { return b.events - a.events || (a.id < b.id ? -1 : 1); });
    if (center) { ranked.sort(function (a, b) { return (b.id === center) - (a.id === center); }); }
    var ties = {};
    edges.forEach(function (e) {
      (ties[e.source] = ties[e.source] || []).push([e.target, e.weight]);
      (ties[e.target] = ties[e.target] || []).push([e.source, e.weight]);
    });
    var out = {}, angle = {};
    out[ranked[0].id] = { x: 0, y: 0 };
    var next = 1, k = 0;
    while (next < ranked.length) {
      k += 1;
      var rx = 115 * k, ry = 80 * k;
      var room = 2 * Math.PI * Math.sqrt((rx * rx + ry * ry) / 2), used = 0, ring = [];
      while (next < ranked.length) {
        var need = next < named ? 105 : 30;
        if (ring.length && used + need > room) { break; }
        used += need;
        ring.push(ranked[next]);
        next += 1;
      }
      ring.forEach(function (n, i) {
        var sx = 0, sy = 0;
        (ties[n.id] || []).forEach(function (t) {
          if (angle[t[0]] !== undefined) { sx += t[1] * Math.cos(angle[t[0]]); sy += t[1] * Math.sin(angle[t[0]]); }
        });
        n._want = (sx || sy) ? Math.atan2(sy, sx) : 2 * Math.PI * i / ring.length;
      });
      ring.sort(function (a, b) { return a._want - b._want; });
      var offset = ring.length ? ring[0]._want : 0;
      ring.forEach(function (n, i) {
        var a = offset + 2 * Math.PI * i / ring.length;
        angle[n.id] = a;
        out[n.id] = { x: rx * Math.cos(a), y: ry * Math.sin(a) };
        delete n._want;
      });
    }
    return out;
  }

  var named = small ? Infinity : 20;  /* the 20 most active are labelled, the others on hover */
  var positions = small ? ring(graph.nodes) : rings(graph.nodes, graph.edges);
  var home = (box.dataset.home || "").toUpperCase();
  var byEvents = graph.nodes.map(function (n) { return n.events; }).sort(function (a, b) { return b - a; });
  var namedFrom = byEvents[Math.min(byEvents.length, named) - 1];
  var elements = graph.nodes.map(function (n) {
    var el = { data: { id: n.id, label: n.label, name: n.name, events: n.events,
                       size: (small ? 22 : 10) + (small ? 38 : 26) * Math.sqrt(n.events / maxEvents), center: n.id === center ? 1 : 0 } };
    if (positions) { el.position = positions[n.id]; }
    var classes = [];
    if (home && n.country && n.country.toUpperCase() !== home) { classes.push("away"); }
    if (small || n.events >= namedFrom || n.id === center) { classes.push("named"); }
    el.classes = classes.join(" ");
    return el;
  }).concat(graph.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
                     width: (small ? 1.5 : 0.8) + (small ? 8 : 6) * e.weight / maxWeight },
             classes: labelEdges || e.source === center || e.target === center ? "counted" : "" };
  }));

  /* Sizes in screen pixels whatever the zoom: a large graph fitted into the box stays legible. */
  var zoom = 1;
  function fixed(px) { return function () { return px / zoom; }; }
  function scaled(field) { return function (ele) { return ele.data(field) / zoom; }; }

  var layout = { name: "preset", fit: false };

  var cy = cytoscape({
    container: box,
    elements: elements,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
          "background-color": "#3b6ea5", "width": scaled("size"), "height": scaled("size"),
          "color": "#1d2733", "font-size": fixed(12), "font-family": "system-ui, sans-serif", "text-valign": "bottom",
          "text-margin-y": fixed(3), "text-outline-color": "#fff", "text-outline-width": fixed(2),
          "border-width": fixed(1), "border-color": "#fff" } },
      { selector: "node.named, node.hover", style: { "label": "data(label)" } },
      { selector: "node.hover", style: { "z-index": 20, "font-weight": "bold" } },
      { selector: "node.away", style: { "background-color": "#e07b39" } },
      { selector: "node[center = 1]", style: { "background-color": "#c0392b" } },
      { selector: "node.minor", style: { "min-zoomed-font-size": 9, "font-size": 10 } },
      { selector: "edge", style: {
          "width": scaled("width"), "line-color": "#9fb4c8", "curve-style": "bezier", "opacity": 0.85,
          "font-size": fixed(11), "color": "#394552", "text-background-color": "#fff", "text-background-opacity": 0.9,
          "text-background-padding": fixed(2), "text-background-shape": "roundrectangle" } },
      { selector: "edge.counted, edge.hover", style: { "label": "data(weight)" } },
      { selector: "edge.hover", style: { "line-color": "#f0a500", "opacity": 1, "z-index": 10 } },
      { selector: "node:selected", style: { "border-width": fixed(3), "border-color": "#f0a500" } }
    ],
    layout: layout
  });

  function frame() {
    zoom = 1;
    cy.style().update();
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(); }
    zoom = Math.min(1, cy.zoom());
    cy.style().update();
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(); }
  }
  frame();

  cy.on("tap", "node", function (evt) {
    var id = evt.target.id();
    if (id !== center && box.dataset.link) { window.location.href = box.dataset.link + encodeURIComponent(id); }
  });
  cy.on("mouseover", "node", function (evt) {
    var n = evt.target;
    box.title = n.data("name") + ": " + n.data("events") + (n.data("events") === 1 ? " event" : " events");
    n.addClass("hover");
    n.connectedEdges().addClass("hover");
    n.neighborhood("node").addClass("hover");
  });
  cy.on("mouseout", "node", function (evt) {
    cy.elements().removeClass("hover");
    box.title = "";
  });
  cy.on("mouseover", "edge", function (evt) {
    var e = evt.target;
    e.addClass("hover");
    box.title = e.source().data("name") + " – " + e.target().data("name") + ": " + e.data("weight") +
      (e.data("weight") === 1 ? " event together" : " events together");
  });
  cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); box.title = ""; });
  window.addEventListener("resize", function () { cy.resize(); frame(); });
  window.liaisonNetwork = cy;
  box.dataset.ready = "1";
})();
