import type { Route } from "../router";
import { Screen } from "../ui/kit";

export function Projects(props: { route: Route }) {
  return <Screen title="Projects"><p>準備中 {props.route.path}</p></Screen>;
}
