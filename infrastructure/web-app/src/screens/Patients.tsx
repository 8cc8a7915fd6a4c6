// My patients: the caller's patients (the API's order), each with its unread posts, searchable by name or kana.

import { useEffect, useState } from "preact/hooks";
import type { PatientListEntry } from "@igetanet/api";
import { patients } from "../api";
import { age, formatDate, Loading, ProblemBox, Screen, useLoad } from "../ui/kit";

export function Patients() {
  const [query, setQuery] = useState("");
  const [applied, setApplied] = useState("");
  const [more, setMore] = useState<{ items: PatientListEntry[]; cursor?: string }>({ items: [] });
  const page = useLoad(() => patients.listPatients({ q: applied || undefined }), [applied]);

  useEffect(() => setMore({ items: [], cursor: page.data?.nextCursor }), [page.data]);

  async function next() {
    const answer = await patients.listPatients({ q: applied || undefined, cursor: more.cursor });
    setMore({ items: [...more.items, ...answer.items], cursor: answer.nextCursor });
  }

  const items = [...(page.data?.items ?? []), ...more.items];
  return (
    <Screen title="担当の療養者" actions={<a class="button" href="#/patients/new">療養者を登録</a>}>
      <form class="search" role="search" onSubmit={(event) => { event.preventDefault(); setApplied(query.trim()); }}>
        <label for="patient-search">氏名・ふりがなで検索</label>
        <div class="search-row">
          <input id="patient-search" type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
          <button type="submit">検索</button>
        </div>
      </form>
      {page.loading && <Loading />}
      <ProblemBox problem={page.problem} />
      {page.data && items.length === 0 && (
        <p class="empty">{applied ? `「${applied}」に当たる担当の療養者はいません。` : "担当の療養者はまだいません。ケアチームに加わると表示されます。"}</p>
      )}
      {items.length > 0 && <p class="hint">{applied ? "よみがな順です。" : "最近投稿のあった療養者が上にあります。"}</p>}
      {items.length > 0 && (
        <ul class="cards patient-list" aria-busy={page.loading}>
          {items.map((patient) => (
            <li key={patient.id}>
              <a class="card patient" href={`#/patients/${patient.id}`}>
                <span class="patient-name">{patient.name}</span>
                <span class="patient-kana">{patient.kana}</span>
                <span class="patient-meta">
                  {patient.sexLabel}・{age(patient.birthDate)}歳（{formatDate(patient.birthDate)}生）
                </span>
                {patient.unread > 0 ? (
                  <span class="badge" aria-label={`未読${patient.unread}件`}>未読 {patient.unread}</span>
                ) : (
                  <span class="badge badge-quiet">未読なし</span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      {more.cursor && (
        <button type="button" class="more" onClick={next}>
          さらに表示
        </button>
      )}
      {page.data?.notice && <p class="notice-small">{page.data.notice}</p>}
    </Screen>
  );
}
