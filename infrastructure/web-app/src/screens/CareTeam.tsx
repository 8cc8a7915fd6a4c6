// A patient's care team: every member with profession and facility; adding a user of the patient's network, or of a
// network whose collaboration agreement is in force (§4), by user id; removing a member after a confirmation. The
// API's refusals are shown as it words them, beside the user id when they are about it.

import { useEffect, useRef, useState } from "preact/hooks";
import type { CareTeamMember, Patient } from "@igetanet/api";
import { idempotencyKey, problemOf, type ApiProblem } from "../api";
import { careTeam } from "../clients/careTeam";
import { currentUser } from "../auth/session";
import { navigate } from "../router";
import { Field, fieldMessage, formatDate, Loading, ProblemBox, useLoad } from "../ui/kit";
import { PatientScreen } from "../ui/patient";
import { Part } from "./patient-admin/consent";
import { refusalOf } from "./patient-admin/refusal";

export function CareTeam(props: { patientId: string }) {
  return (
    <PatientScreen patientId={props.patientId} section="/team" title="ケアチーム">
      {(patient) => <Team patient={patient} />}
    </PatientScreen>
  );
}

function memberName(member: CareTeamMember): string {
  return member.name ?? member.userId;
}

function Team(props: { patient: Patient }) {
  const patient = props.patient;
  const team = useLoad(() => careTeam.getTeam({ patientId: patient.id }), [patient.id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const me = currentUser();

  useEffect(() => {
    if (notice) {
      noticeRef.current?.focus();
    }
  }, [notice]);

  function done(message: string) {
    setRemoving(null);
    setNotice(message);
    team.reload();
  }

  const members = team.data?.items ?? [];
  return (
    <>
      {notice && <p class="success" role="status" tabIndex={-1} ref={noticeRef}>{notice}</p>}
      <Part id="team-members" title={`メンバー${team.data ? `（${members.length}人）` : ""}`}>
        {team.loading && !team.data && <Loading />}
        <ProblemBox problem={team.problem} />
        {members.length > 0 && (
          <ul class="members" aria-busy={team.loading}>
            {members.map((member) => (
              <li key={member.userId} class="member">
                <div class="member-main">
                  <span class="member-name">
                    {memberName(member)}
                    {member.userId === me && <span class="badge badge-quiet member-me">あなた</span>}
                  </span>
                  <span class="member-role">{member.professionLabel ?? "職種不明"}・{member.facilityName ?? member.facilityId}</span>
                  <span class="member-meta">
                    ユーザーID {member.userId}
                    {member.networkId !== patient.networkId && <>・他地域（{member.networkId}）の利用者</>}
                    ・{formatDate(member.addedAt)}追加
                  </span>
                </div>
                {removing === member.userId ? (
                  <RemoveConfirmation patient={patient} member={member} self={member.userId === me} last={members.length === 1}
                    onCancel={() => setRemoving(null)}
                    onRemoved={() => (member.userId === me ? navigate("/") : done(`${memberName(member)}さんをケアチームから外しました。`))} />
                ) : (
                  <button type="button" class="danger member-remove" aria-label={`${memberName(member)}さんをケアチームから外す`}
                    onClick={() => { setNotice(null); setRemoving(member.userId); }}>
                    外す
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <AddMember patient={patient} onAdded={(member) => done(`${memberName(member)}さん（${member.professionLabel ?? ""}・${member.facilityName ?? ""}）をケアチームに追加しました。`)} />
    </>
  );
}

function RemoveConfirmation(props: { patient: Patient; member: CareTeamMember; self: boolean; last: boolean; onCancel: () => void; onRemoved: () => void }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);

  async function remove() {
    setSending(true);
    setProblem(null);
    try {
      await careTeam.removeMember({ patientId: props.patient.id, userId: props.member.userId });
      props.onRemoved();
    } catch (error) {
      setProblem(await problemOf(error));
      setSending(false);
    }
  }

  const name = memberName(props.member);
  return (
    <div class="confirm" role="group" aria-labelledby={`remove-${props.member.userId}`} tabIndex={-1} ref={box}>
      <p id={`remove-${props.member.userId}`} class="confirm-title">{name}さんをケアチームから外しますか？</p>
      <p>
        {props.self
          ? `あなた自身を外すと、${props.patient.name}さんの記録・ケアチーム・同意をあなたは見られなくなります。`
          : `外すと、${name}さんは${props.patient.name}さんの記録を見られなくなります。これまでの投稿は残ります。`}
      </p>
      {props.last && <p>ケアチームの最後のメンバーは外せません。先に別のメンバーを追加してください。</p>}
      <ProblemBox problem={problem} />
      <div class="form-actions">
        <button type="button" class="danger" disabled={sending} onClick={remove}>{sending ? "外しています…" : `${name}さんを外す`}</button>
        <button type="button" onClick={props.onCancel}>やめる</button>
      </div>
    </div>
  );
}

function AddMember(props: { patient: Patient; onAdded: (member: CareTeamMember) => void }) {
  const [userId, setUserId] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sending, setSending] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (problem) {
      input.current?.focus();
    }
  }, [problem]);

  async function submit(event: Event) {
    event.preventDefault();
    if (userId.trim() === "") {
      setProblem({ status: 400, code: "VALIDATION_FAILED", title: "", detail: "", errors: [{ field: "userId", message: "追加する人のユーザーIDを入力してください。" }] });
      return;
    }
    const attempt = key ?? idempotencyKey();
    setKey(attempt);
    setSending(true);
    setProblem(null);
    try {
      const member = await careTeam.addMember({ patientId: props.patient.id, idempotencyKey: attempt, careTeamAddition: { userId: userId.trim() } });
      setUserId("");
      setKey(null);
      props.onAdded(member);
    } catch (error) {
      const refused = await refusalOf(error);
      if (!refused.keepKey) {
        setKey(null);
      }
      setProblem(refused.problem);
    } finally {
      setSending(false);
    }
  }

  // a refusal about the user id goes beside it; other refusals (already a member, offline…) above the form
  const beside = fieldMessage(problem, "userId") ?? (problem?.code === "CARE_TEAM_MEMBER_EXISTS" ? `${problem.title}。${problem.detail}` : undefined);
  return (
    <Part id="team-add" title="メンバーを追加">
      <form onSubmit={submit} noValidate>
        {problem && !beside && <ProblemBox problem={problem} />}
        <Field label="追加する人のユーザーID" required error={beside}
          hint="追加する人に、その人のいげたネットの「設定」画面に表示されるユーザーIDを教えてもらってください（ユーザーIDは各施設の施設責任者が発行しています）。同じ地域の利用施設の人と、連携協定が発効している地域の利用施設の人を追加できます。">
          {({ id, describedBy, invalid }) => (
            <input id={id} name="userId" ref={input} value={userId} autoComplete="off" autoCapitalize="none" spellcheck={false}
              aria-describedby={describedBy} aria-invalid={invalid}
              onInput={(event) => { setUserId(event.currentTarget.value); setKey(null); setProblem(null); }} />
          )}
        </Field>
        <div class="form-actions">
          <button class="primary" type="submit" disabled={sending}>{sending ? "追加しています…" : "ケアチームに追加"}</button>
        </div>
      </form>
    </Part>
  );
}
