/* Analyst judgements from the person page: POST to the API with the token the analyst typed.
   The token is sent as "Authorization: Bearer ..." and never stored. */
(function () {
  "use strict";
  var form = document.getElementById("judge");
  if (!form) { return; }
  var status = form.querySelector(".status");

  function say(text, ok) {
    status.textContent = text;
    status.className = "status " + (ok ? "ok" : "bad");
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json",
                 "Authorization": "Bearer " + form.elements.token.value.trim() },
      body: body ? JSON.stringify(body) : null
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) { return { ok: r.ok, data: data }; });
    });
  }

  form.addEventListener("submit", function (evt) {
    evt.preventDefault();
    var same = form.querySelector("input[name=same]:checked").value === "true";
    var right = form.elements.right.value.trim();
    if (!right) { say("Pick the other person from the suggestions (type part of a name).", false); return; }
    var body = { left: form.dataset.left, right: right, same: same };
    say("Recording and re-resolving…", true);
    post("/api/judgements", body).then(function (res) {
      if (!res.ok) { say("Refused: " + (res.data.detail && res.data.detail.toString() || "error"), false); return; }
      say("Recorded judgement #" + res.data.judgement_id + (same ? " (same person)" : " (not the same)") +
          ". The record was re-resolved" + (same ? "; person ids may have changed." : "."), true);
    }).catch(function (err) { say("Request failed: " + err, false); });
  });

  document.querySelectorAll("button.undo").forEach(function (btn) {
    btn.addEventListener("click", function () {
      if (!form.elements.token.value.trim()) { say("Enter the token first.", false); return; }
      post("/api/judgements/" + btn.dataset.id + "/undo").then(function (res) {
        if (!res.ok) { say("Refused: " + (res.data.detail || "error"), false); return; }
        say("Judgement #" + btn.dataset.id + " undone; the record was re-resolved.", true);
        btn.disabled = true;
      });
    });
  });
})();
