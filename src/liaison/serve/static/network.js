/* Draw the graph embedded in #graph-data (nodes + weighted edges) with the vendored Cytoscape.
   Node size follows the number of events, edge width the number of shared events.
   Clicking a node opens its page. */
(function () {
  "use strict";
  var box = document.getElementById("network");
  var data = document.getElementById("graph-data");
  if (!box || !data || typeof cytoscape === "undefined") { return; }
  var graph = JSON.parse(data.textContent);
  if (!graph.nodes.length) { box.textContent = "No connections yet."; box.classList.add("empty"); return; }
  var center = box.dataset.center || null;
  var maxEvents = Math.max.apply(null, graph.nodes.map(function (n) { return n.events; }));
  var maxWeight = Math.max.apply(null, graph.edges.map(function (e) { return e.weight; }).concat([1]));
  var elements = graph.nodes.map(function (n) {
    return { data: { id: n.id, label: n.label, name: n.name, events: n.events,
                     size: 22 + 38 * Math.sqrt(n.events / maxEvents), center: n.id === center ? 1 : 0 } };
  }).concat(graph.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
                     width: 1.5 + 8 * e.weight / maxWeight } };
  }));
  var cy = cytoscape({
    container: box,
    elements: elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
          "background-color": "#3b6ea5", "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "color": "#1d2733", "font-size": 12, "font-family": "system-ui, sans-serif", "text-valign": "bottom",
          "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "node[center = 1]", style: { "background-color": "#c0392b" } },
      { selector: "edge", style: {
          "width": "data(width)", "line-color": "#9fb4c8", "curve-style": "bezier", "opacity": 0.8,
          "label": "data(weight)", "font-size": 10, "color": "#55606e", "text-background-color": "#fff",
          "text-background-opacity": 0.8 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#f0a500" } }
    ],
    layout: center
      ? { name: "concentric", concentric: function (n) { return n.data("center") ? 2 : 1; },
          levelWidth: function () { return 1; }, minNodeSpacing: 8, padding: 20, animate: false }
      : { name: "cose", animate: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; }, padding: 20 }
  });
  cy.on("tap", "node", function (evt) {
    var id = evt.target.id();
    if (id !== center && box.dataset.link) { window.location.href = box.dataset.link + encodeURIComponent(id); }
  });
  cy.on("mouseover", "node", function (evt) {
    box.title = evt.target.data("name") + ": " + evt.target.data("events") + " events";
  });
  box.dataset.ready = "1";
})();
