import { ProjectsApi } from "@igetanet/api";
import { configuration } from "../api";

export const projects = new ProjectsApi(configuration);
