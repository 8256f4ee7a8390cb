import { describeProductPackage } from "@idaas-sdk/client-test-suite";

describeProductPackage({ product: "ciam", packageDir: new URL("..", import.meta.url) });
