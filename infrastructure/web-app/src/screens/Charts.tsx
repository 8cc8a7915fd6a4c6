import { Screen } from "../ui/kit";

export function Charts(props: { patientId: string; code: string | null }) {
  return <Screen title="Charts"><p>準備中 {props.patientId} {props.code}</p></Screen>;
}
