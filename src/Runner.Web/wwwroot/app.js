// Runner web GUI: the only script. Follows a running job's log with server-sent events.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var log = document.getElementById("log");
  if (!log || !log.dataset.stream) {
    return;
  }
  var source = new EventSource(log.dataset.stream);
  source.onmessage = function (e) {
    log.appendChild(document.createTextNode(e.data + "\n"));
    window.scrollTo(0, document.body.scrollHeight);
  };
  source.addEventListener("end", function (e) {
    source.close();
    var outcome = document.getElementById("outcome");
    if (outcome) {
      var span = document.createElement("span");
      span.className = "outcome " + e.data.toLowerCase();
      span.textContent = e.data;
      outcome.replaceChildren(span);
    }
    var live = document.getElementById("live");
    if (live) {
      live.textContent = "The run ended: " + e.data + ".";
    }
  });
});
