import { CareTeamApi } from "@igetanet/api";
import { configuration } from "../api";

export const careTeam = new CareTeamApi(configuration);
