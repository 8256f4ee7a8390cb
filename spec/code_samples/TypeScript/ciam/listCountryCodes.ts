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

const { phoneAreaCodeDefinitions } = await ciam.listCountryCodes();
// A picker of dialling codes, and a check of the number typed with the chosen one:
for (const code of phoneAreaCodeDefinitions) console.log(`+${code.areaCode}`, code.displayMapping.en);
const china = phoneAreaCodeDefinitions.find((code) => code.countryCode === "CN");
// The patterns are Java regular expressions; these ones work in JavaScript without the u flag:
if (china) console.log(new RegExp(china.mobileRegex).test("+86-15200000000"));
