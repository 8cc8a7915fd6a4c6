// The web app's settings, written at deploy time (README, "Deploy"): the deployment replaces the placeholders with the
// API's base address (the stack's ApiUrl output), Cognito's endpoint for the region
// (https://cognito-idp.<region>.amazonaws.com/), the user pool and its app client (UserPoolId, UserPoolClientId), the
// portal site's address (SiteUrl) and the network the app belongs to, before uploading the app to its bucket. The
// local runner does not serve this file: it answers /config.js itself with the local addresses.
window.IGETANET_CONFIG = {
  apiBase: "__IGETANET_API_BASE__",
  cognitoEndpoint: "__IGETANET_COGNITO_ENDPOINT__",
  userPoolId: "__IGETANET_USER_POOL_ID__",
  clientId: "__IGETANET_USER_POOL_CLIENT_ID__",
  portalUrl: "__IGETANET_PORTAL_URL__",
  network: "__IGETANET_NETWORK__"
};
