import { createCiamClient } from "@idaas-sdk/ciam";

const ciam = createCiamClient({
  // the mock; in production, your tenant's URL
  baseUrl: "http://127.0.0.1:4010/ciam",
  clientId: "nTo1eRIub60vPb54WeE6aojPwYwImtl4",
  device: {
    osVersion: "windows10.1.1",
    fingerprint: "156aysdna213sc50",
    agent: "MyApp/1.0",
  },
});

// The session token of the login (keep it where the application keeps its session):
let sessionToken = "btsiBjx85prcZu6I6Ki057Tmw3nSF2VO";

const refreshed = await ciam.refreshIdToken({ sessionToken });
sessionToken = refreshed.sessionToken; // a new one when the tenant refreshes session tokens
console.log("new id_token, session valid for", refreshed.expire, "seconds", sessionToken.length);
