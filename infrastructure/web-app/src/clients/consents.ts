import { ConsentsApi, ConsentWithdrawalsApi } from "@igetanet/api";
import { configuration } from "../api";

export const consents = new ConsentsApi(configuration);
export const withdrawals = new ConsentWithdrawalsApi(configuration);
