// The head of every screen of one patient: name, kana, age, and the patient's sections. A patient outside the
// caller's care teams is "not found" here, as the API answers (404).

import type { ComponentChildren } from "preact";
import type { Patient } from "@igetanet/api";
import { patients } from "../api";
import { age, formatDate, Loading, ProblemBox, Screen, useLoad } from "./kit";

const SECTIONS = [
  { path: "", label: "記録" },
  { path: "/charts", label: "グラフ" },
  { path: "/medications", label: "お薬" },
  { path: "/team", label: "ケアチーム" },
  { path: "/consents", label: "同意" },
];

/** A screen of one patient: loads the patient, shows the head and the sections, then the screen's own content. */
export function PatientScreen(props: {
  patientId: string;
  section: string;
  title: string;
  actions?: ComponentChildren;
  children: (patient: Patient) => ComponentChildren;
}) {
  const patient = useLoad(() => patients.getPatient({ patientId: props.patientId }), [props.patientId]);
  if (patient.loading && !patient.data) {
    return <Screen title={props.title} back={{ href: "#/", label: "担当の療養者" }}><Loading /></Screen>;
  }
  if (!patient.data) {
    return (
      <Screen title={patient.problem?.title ?? props.title} back={{ href: "#/", label: "担当の療養者" }}>
        <ProblemBox problem={patient.problem} />
      </Screen>
    );
  }
  const data = patient.data;
  return (
    <Screen title={`${data.name}さん ${props.title}`} back={{ href: "#/", label: "担当の療養者" }} actions={props.actions}>
      <p class="patient-head">
        <span>{data.kana}</span>
        <span>{data.sexLabel}・{age(data.birthDate)}歳（{formatDate(data.birthDate)}生）</span>
      </p>
      <nav class="sections" aria-label="療養者の情報">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <a href={`#/patients/${data.id}${section.path}`} aria-current={section.path === props.section ? "page" : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.children(data)}
    </Screen>
  );
}
