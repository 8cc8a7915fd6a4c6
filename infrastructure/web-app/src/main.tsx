import { render } from "preact";
import { App } from "./App";

const root = document.getElementById("app")!;
// the "loading" line of index.html goes; the app renders in its place
root.textContent = "";
render(<App />, root);
