// The portal site's settings, written at deploy time: the deployment replaces the two placeholders with the
// API's base address (the HTTP API's URL, e.g. https://api.example.jp) and the network the site belongs to
// (e.g. nishio) before uploading the site to its bucket. The local runner does not serve this file: its
// gateway answers /config.js itself with the local API's address and the demo network.
window.IGETANET_CONFIG = {
  apiBase: "__IGETANET_API_BASE__",
  network: "__IGETANET_NETWORK__"
};
