import { IncidentReportsApi } from "@igetanet/api";
import { configuration } from "../api";

export const incidents = new IncidentReportsApi(configuration);
