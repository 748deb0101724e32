// Live reload for `briefing serve`: listens to the preview server's events and reloads
// the page after a rebuild, swaps stylesheets in place when only CSS changed, and shows
// a failed build's messages over the last good page. Served only by the preview, never
// part of a built site. Messages are inserted as text, never as HTML.
(() => {
  "use strict";
  const script = document.currentScript;
  let version = Number(script && script.dataset.briefingVersion) || 0;
  const events = new EventSource("/__briefing__/events?v=" + version);
  const overlayId = "briefing-build-failed";

  function removeOverlay() {
    const old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  function showOverlay(messages) {
    removeOverlay();
    const box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alert");
    box.style.cssText = [
      "position:fixed", "inset:auto 0 0 0", "z-index:2147483647", "max-height:60vh",
      "overflow:auto", "margin:0", "padding:1rem 1.25rem", "background:#2b0d0d",
      "color:#ffecec", "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace",
      "border-top:4px solid #ff6b6b", "box-shadow:0 -4px 16px rgba(0,0,0,.4)",
    ].join(";");
    const heading = document.createElement("p");
    heading.style.cssText = "margin:0 0 .5rem;font-weight:bold";
    heading.textContent =
      "The build failed. The page shows the last good build; fix the problem and save.";
    const list = document.createElement("pre");
    list.style.cssText = "margin:0;white-space:pre-wrap";
    list.textContent = messages.join("\n");
    box.append(heading, list);
    document.body.append(box);
  }

  function refreshStylesheets() {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      url.searchParams.set("briefing-reload", String(version));
      const fresh = link.cloneNode();
      fresh.href = url.href;
      // The old sheet goes only once the new one applies, so nothing flashes unstyled.
      fresh.addEventListener("load", () => link.remove(), { once: true });
      link.after(fresh);
    }
  }

  function handle(kind) {
    return (event) => {
      version = Number(event.lastEventId) || version;
      const data = JSON.parse(event.data || "{}");
      if (kind === "reload") {
        location.reload();
      } else if (kind === "css") {
        removeOverlay();
        refreshStylesheets();
      } else if (kind === "failed") {
        showOverlay(data.messages || []);
      }
    };
  }

  // Lets tools (and the tests) know when the page listens for changes.
  events.addEventListener("open", () => {
    document.documentElement.dataset.briefingLive = "connected";
  });
  events.addEventListener("reload", handle("reload"));
  events.addEventListener("css", handle("css"));
  events.addEventListener("failed", handle("failed"));
})();
