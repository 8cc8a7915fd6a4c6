import { Screen } from "../ui/kit";

export function Incident() {
  return <Screen title="Incident"><p>準備中</p></Screen>;
}
