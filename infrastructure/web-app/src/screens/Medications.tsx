import { Screen } from "../ui/kit";

export function Medications(props: { patientId: string }) {
  return <Screen title="Medications"><p>準備中 {props.patientId}</p></Screen>;
}
