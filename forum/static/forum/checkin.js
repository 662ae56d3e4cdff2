// Check-in desk: scan QR codes with the camera where the browser has BarcodeDetector.
// Without it (or without JavaScript) the search form does the job.
(function () {
  "use strict";
  var root = document.querySelector(".forum-checkin[data-scan-prefix]");
  if (!root || !("BarcodeDetector" in window) || !navigator.mediaDevices) {
    return;
  }
  var prefix = root.getAttribute("data-scan-prefix");
  var section = root.querySelector("[data-scanner]");
  var video = root.querySelector("[data-scan-video]");
  var result = root.querySelector("[data-scan-result]");
  var startButton = root.querySelector("[data-scan-start]");
  var stopButton = root.querySelector("[data-scan-stop]");
  var tokenInput = root.querySelector("[data-scan-csrf] input[name=csrfmiddlewaretoken]");
  var detector = null;
  var stream = null;
  var lastCode = "";
  var lastTime = 0;
  var busy = false;

  window.BarcodeDetector.getSupportedFormats().then(function (formats) {
    if (formats.indexOf("qr_code") === -1) {
      return;
    }
    detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    section.hidden = false;
  });

  function show(kind, text) {
    result.setAttribute("data-result", kind);
    result.textContent = text;
  }

  function submit(url) {
    busy = true;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": tokenInput.value, Accept: "application/json" },
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        show(data.result, data.message);
      })
      .catch(function () {
        show("error", result.getAttribute("data-error") || "?");
      })
      .finally(function () {
        busy = false;
      });
  }

  function handle(raw) {
    var url;
    try {
      url = new URL(raw, window.location.href);
    } catch (error) {
      return;
    }
    if (url.origin !== window.location.origin || url.pathname.indexOf(prefix) === -1) {
      return;
    }
    var now = Date.now();
    if (raw === lastCode && now - lastTime < 4000) {
      return;
    }
    lastCode = raw;
    lastTime = now;
    submit(url.pathname);
  }

  function scan() {
    if (!stream) {
      return;
    }
    if (!busy && video.readyState >= 2) {
      detector
        .detect(video)
        .then(function (codes) {
          if (codes.length) {
            handle(codes[0].rawValue);
          }
        })
        .catch(function () {});
    }
    window.setTimeout(scan, 250);
  }

  startButton.addEventListener("click", function () {
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        stopButton.hidden = false;
        startButton.hidden = true;
        return video.play();
      })
      .then(scan)
      .catch(function (error) {
        show("error", String(error && error.name ? error.name : error));
      });
  });

  stopButton.addEventListener("click", function () {
    if (stream) {
      stream.getTracks().forEach(function (track) {
        track.stop();
      });
    }
    stream = null;
    video.hidden = true;
    stopButton.hidden = true;
    startButton.hidden = false;
  });
})();
