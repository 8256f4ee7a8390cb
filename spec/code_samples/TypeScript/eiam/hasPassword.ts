import { createEiamClient } from "@idaas-sdk/eiam";

const eiam = createEiamClient({
  // the mock; in production, your tenant's URL
  baseUrl: "http://127.0.0.1:4010/eiam",
  clientId: "nTo1eRIub60vPb54WeE6aojPwYwImtl4",
  device: {
    osVersion: "windows10.1.1",
    fingerprint: "156aysdna213sc50",
    agent: "MyApp/1.0",
  },
});

// The id_token of the user's login (or of the last refresh):
const idToken = "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJzdWJqZWN0In0.c2lnbmF0dXJl";
const hasPassword: boolean = await eiam.hasPassword({ idToken });
console.log(hasPassword ? "ask for a code to change the password" : "the user has no password yet");
