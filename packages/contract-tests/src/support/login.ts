// A real login through a product's client against the emulator, for the tests that need a live id_token.
import type { Product } from "@idaas-sdk/spec";
import { plain, user, type World } from "./emulator.js";

/** The id_token of a password login of a default user of `product`. */
export async function signIn(mock: World, product: Product): Promise<string> {
  const login =
    product === "eiam"
      ? await (async () => {
          const { userName = "", password = "" } = user("eiam", (u) => plain(u) && !!u.userName && !!u.password);
          return mock.eiam.loginWithPassword({ userName, password });
        })()
      : await (async () => {
          const { mobile, password = "" } = user("ciam", (u) => plain(u) && !!u.password);
          return mock.ciam.loginWithMobilePassword({ mobile, password });
        })();
  if (login.status !== "SUCCESS") throw new Error(`expected SUCCESS, got ${login.status}`);
  return login.idToken;
}
