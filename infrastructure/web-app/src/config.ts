// The deployment's settings from /config.js (static/config.js is its template; the local runner answers it itself).

export interface AppConfig {
  /** The HTTPS API's base address. */
  apiBase: string;
  /** Cognito's user pool endpoint for the region, e.g. https://cognito-idp.ap-northeast-1.amazonaws.com/ */
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
  /** The public portal site (terms, announcements, the operator's contact). */
  portalUrl: string;
  /** The network this deployment of the app belongs to (the portal API's network parameter). */
  network: string;
}

export const config: AppConfig = (window as unknown as { IGETANET_CONFIG: AppConfig }).IGETANET_CONFIG;
