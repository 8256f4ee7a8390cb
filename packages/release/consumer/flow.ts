// The login + MFA flow as an app would write it, with the EIAM client only: runs in Node and in a browser.
// The mock picks its answer from the `Prefer: example=<name>` header, which the injected fetch adds.
import {
  createEiamClient,
  type DeviceInfo,
  isIdaasApiError,
  type LoginWithMobileCodeInput,
  type SendSmsCodeInput,
  type VerifyMfaEmailInput,
} from "@idaas-sdk/eiam";
import { decodeIdToken } from "@idaas-sdk/eiam/id-token";

export interface FlowInputs {
  clientId: string;
  device: DeviceInfo;
  sms: SendSmsCodeInput;
  login: LoginWithMobileCodeInput;
  mfa: Omit<VerifyMfaEmailInput, "stateToken">;
  /** Names of the examples the mock should answer with. */
  loginExamples: string[];
  mfaExamples: string[];
  loginErrorExample: string;
}

/** Runs the flow once per outcome and returns one line per step. */
export async function runFlow(baseUrl: string, inputs: FlowInputs): Promise<string[]> {
  let prefer: string | undefined;
  const client = createEiamClient({
    baseUrl,
    clientId: inputs.clientId,
    device: inputs.device,
    fetch: (input, init) => {
      const request = new Request(input, init);
      if (prefer) request.headers.set("Prefer", `example=${prefer}`);
      return fetch(request);
    },
  });

  const steps: string[] = [];
  await client.sendSmsCode(inputs.sms);
  steps.push("sendSmsCode: sent");
  for (const loginExample of inputs.loginExamples) {
    prefer = loginExample;
    const login = await client.loginWithMobileCode(inputs.login);
    steps.push(`loginWithMobileCode ${loginExample}: ${login.status}`);
    if (!("mfaMethods" in login)) continue;
    for (const mfaExample of inputs.mfaExamples) {
      prefer = mfaExample;
      const done = await client.verifyMfaEmail({ ...inputs.mfa, stateToken: login.stateToken });
      const subject = "idToken" in done ? ` sub=${decodeIdToken(done.idToken).sub}` : "";
      steps.push(`verifyMfaEmail ${mfaExample}: ${done.status}${subject}`);
    }
  }
  prefer = inputs.loginErrorExample;
  try {
    await client.loginWithMobileCode(inputs.login);
    steps.push("loginWithMobileCode: no error");
  } catch (error) {
    if (!isIdaasApiError(error)) throw error;
    steps.push(`loginWithMobileCode ${inputs.loginErrorExample}: ${error.httpStatus} ${error.code}`);
  }
  return steps;
}
