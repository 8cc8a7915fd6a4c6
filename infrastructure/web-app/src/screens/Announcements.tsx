import type { Route } from "../router";
import { Screen } from "../ui/kit";

export function Announcements(props: { route: Route }) {
  return <Screen title="Announcements"><p>準備中 {props.route.path}</p></Screen>;
}
