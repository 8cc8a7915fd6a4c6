// The projects (§2): multi-professional training, information exchange and administrative contact, which hold no
// patient data. Every address under /projects is answered here.

import { match, type Route } from "../router";
import { NotFound } from "./NotFound";
import { ProjectList } from "./projects/ProjectList";
import { ProjectCreate, ProjectSettings } from "./projects/ProjectEditor";
import { ProjectHome } from "./projects/ProjectHome";
import { CorrectPost, NewThread } from "./projects/PostEditor";
import { Thread } from "./projects/Thread";
import { Members } from "./projects/Members";

export function Projects(props: { route: Route }) {
  const { path, query } = props.route;
  let params: Record<string, string> | null;
  if (path === "/projects") return <ProjectList view={query.get("view") ?? "mine"} />;
  if (path === "/projects/new") return <ProjectCreate />;
  if ((params = match("/projects/:id", path))) return <ProjectHome key={params.id} projectId={params.id} q={query.get("q") ?? ""} />;
  if ((params = match("/projects/:id/new", path))) return <NewThread projectId={params.id} />;
  if ((params = match("/projects/:id/members", path))) return <Members projectId={params.id} />;
  if ((params = match("/projects/:id/settings", path))) return <ProjectSettings projectId={params.id} />;
  if ((params = match("/projects/:id/posts/:postId", path))) {
    return <Thread key={params.postId} projectId={params.id} postId={params.postId} focusReply={query.get("reply")} />;
  }
  if ((params = match("/projects/:id/posts/:postId/correct", path))) return <CorrectPost projectId={params.id} postId={params.postId} />;
  return <NotFound />;
}
