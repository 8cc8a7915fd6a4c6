import { render } from "preact";
import { App } from "./App";

const root = document.getElementById("app")!;
// the "loading" line of index.html goes; the app renders in its place
root.textContent = "";
render(<App />, root);

// the shell only (sw.js): the app starts without waiting for the network; API answers are never kept
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  window.addEventListener("load", () => void navigator.serviceWorker.register("/sw.js").catch(() => undefined));
}
