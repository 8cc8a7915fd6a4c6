import { Screen } from "../ui/kit";

export function RegisterPatient() {
  return <Screen title="RegisterPatient"><p>準備中</p></Screen>;
}
