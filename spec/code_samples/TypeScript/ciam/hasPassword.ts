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

// The id_token of the user's login (refresh it with refreshIdToken when it has expired):
const idToken = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJzdWJqZWN0In0.DeWt4QuZXso";
const hasOne = await ciam.hasPassword({ idToken });
// changePassword needs the current password only when there is one:
console.log(hasOne ? "ask for the current password" : "ask for a new password only");
