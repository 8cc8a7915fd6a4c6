import { Screen } from "../ui/kit";

export function Consents(props: { patientId: string }) {
  return <Screen title="Consents"><p>準備中 {props.patientId}</p></Screen>;
}
