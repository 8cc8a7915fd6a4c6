// A page whose content is all in its HTML: only the service status is read.

import { startPage } from "./page.js";

startPage();
