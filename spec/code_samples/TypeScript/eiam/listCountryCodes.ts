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

const { phoneAreaCodeDefinitions } = await eiam.listCountryCodes();
// A dialling-code picker, and a check of the number the user types:
const picker = phoneAreaCodeDefinitions.map(
  (code) => `+${code.areaCode} ${code.displayMapping.en ?? code.countryCode}`,
);
const china = phoneAreaCodeDefinitions.find((code) => code.areaCode === "86");
console.log(picker, china && new RegExp(china.mobileRegex).test("15201657315"));
