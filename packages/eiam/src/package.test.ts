import { describeProductPackage } from "@idaas-sdk/client-test-suite";

describeProductPackage({ product: "eiam", packageDir: new URL("..", import.meta.url) });
