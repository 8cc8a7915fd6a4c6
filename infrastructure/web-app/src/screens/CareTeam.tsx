import { Screen } from "../ui/kit";

export function CareTeam(props: { patientId: string }) {
  return <Screen title="CareTeam"><p>準備中 {props.patientId}</p></Screen>;
}
