// The signed-in app's frame: the header, the suspension and offline banners, the screen of the current address,
// the navigation (a tab bar at the bottom on phones), the outbox of unsent posts, and the sign-in again dialog that
// keeps the screen underneath when the session has expired.

import { useEffect, useRef } from "preact/hooks";
import { accounts, checkServiceStatus, online, passwordExpired, suspension } from "./api";
import { session, signOut } from "./auth/session";
import { match, navigate, type Route, useRoute } from "./router";
import { useStore } from "./store";
import { formatDateTime, useLoad } from "./ui/kit";
import { Outbox } from "./outbox";
import { SignIn } from "./screens/SignIn";
import { Patients } from "./screens/Patients";
import { PatientRecord } from "./screens/PatientRecord";
import { NotFound } from "./screens/NotFound";
import { lazy, prefetchScreens } from "./ui/lazy";

const Composer = lazy(() => import("./screens/later").then((module) => module.Composer));
const PostDetail = lazy(() => import("./screens/later").then((module) => module.PostDetail));
const Me = lazy(() => import("./screens/later").then((module) => module.Me));
const PasswordChange = lazy(() => import("./screens/later").then((module) => module.PasswordChange));
const TwoFactor = lazy(() => import("./screens/later").then((module) => module.TwoFactor));
const RegisterPatient = lazy(() => import("./screens/later").then((module) => module.RegisterPatient));
const CareTeam = lazy(() => import("./screens/later").then((module) => module.CareTeam));
const Consents = lazy(() => import("./screens/later").then((module) => module.Consents));
const Charts = lazy(() => import("./screens/later").then((module) => module.Charts));
const Medications = lazy(() => import("./screens/later").then((module) => module.Medications));
const Projects = lazy(() => import("./screens/later").then((module) => module.Projects));
const Incident = lazy(() => import("./screens/later").then((module) => module.Incident));
const Announcements = lazy(() => import("./screens/later").then((module) => module.Announcements));

const TABS = [
  { href: "#/", label: "療養者", active: (path: string) => path === "/" || path.startsWith("/patients") },
  { href: "#/projects", label: "プロジェクト", active: (path: string) => path.startsWith("/projects") },
  { href: "#/announcements", label: "お知らせ", active: (path: string) => path.startsWith("/announcements") },
  { href: "#/incident", label: "報告", active: (path: string) => path.startsWith("/incident") },
  { href: "#/me", label: "設定", active: (path: string) => path.startsWith("/me") },
];

function screenOf(route: Route) {
  const path = route.path;
  let params: Record<string, string> | null;
  if (path === "/") return <Patients />;
  if (path === "/patients/new") return <RegisterPatient />;
  if ((params = match("/patients/:id", path))) return <PatientRecord patientId={params.id} category={route.query.get("category")} />;
  if ((params = match("/patients/:id/compose", path))) return <Composer patientId={params.id} category={route.query.get("category")} />;
  if ((params = match("/patients/:id/posts/:postId", path))) return <PostDetail patientId={params.id} postId={params.postId} />;
  if ((params = match("/patients/:id/posts/:postId/correct", path))) return <Composer patientId={params.id} correcting={params.postId} />;
  if ((params = match("/patients/:id/team", path))) return <CareTeam patientId={params.id} />;
  if ((params = match("/patients/:id/consents", path))) return <Consents patientId={params.id} />;
  if ((params = match("/patients/:id/charts", path))) return <Charts patientId={params.id} code={route.query.get("code")} />;
  if ((params = match("/patients/:id/medications", path))) return <Medications patientId={params.id} />;
  if (path === "/projects" || path.startsWith("/projects/")) return <Projects route={route} />;
  if (path === "/incident") return <Incident />;
  if (path === "/announcements" || path.startsWith("/announcements/")) return <Announcements route={route} />;
  if (path === "/me") return <Me />;
  if (path === "/me/password") return <PasswordChange />;
  if (path === "/me/two-factor") return <TwoFactor />;
  return <NotFound />;
}

function Banners() {
  const status = useStore(suspension);
  const connected = useStore(online);
  return (
    <>
      {status && (
        <div class="banner banner-suspended" role="alert">
          <p class="banner-title">いげたネットは現在{status.stateLabel}です</p>
          {status.reason && <p>{status.reason}</p>}
          {status.expectedEnd && <p>再開の予定：{formatDateTime(status.expectedEnd, true)}</p>}
        </div>
      )}
      {!connected && (
        <div class="banner banner-offline" role="status">
          通信できません。書きかけの投稿は端末のこの画面を閉じるまで保持され、通信が戻ると送信されます。
        </div>
      )}
    </>
  );
}

export function App() {
  const state = useStore(session);
  const route = useRoute();
  const forcedPassword = useStore(passwordExpired);
  const main = useRef<HTMLElement>(null);
  const me = useLoad(() => (state.status === "signedIn" ? accounts.getMe() : Promise.resolve(null)), [state.status === "signedIn"]);

  useEffect(() => {
    void checkServiceStatus();
    if (state.status === "signedIn") {
      prefetchScreens();
    }
  }, [state.status]);

  if (state.status === "signedOut") {
    return (
      <>
        <Banners />
        <main id="main">
          <SignIn notice={state.notice} />
        </main>
      </>
    );
  }
  return (
    <div class="shell">
      <button class="skip" type="button" onClick={() => main.current?.focus()}>
        本文へ移動
      </button>
      <header class="top" inert={state.status === "expired"}>
        <a class="brand" href="#/">
          いげたネット
        </a>
        <span class="who">{me.data ? `${me.data.name}（${me.data.facility.name}）` : state.username}</span>
        <button class="link" type="button" onClick={() => signOut().then(() => navigate("/"))}>
          サインアウト
        </button>
      </header>
      <nav class="tabs" aria-label="メインメニュー" inert={state.status === "expired"}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.href}>
              <a href={tab.href} aria-current={tab.active(route.path) ? "page" : undefined}>
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Banners />
      <main id="main" ref={main} tabIndex={-1} inert={state.status === "expired"}>
        {forcedPassword ? <PasswordChange forced /> : screenOf(route)}
      </main>
      <Outbox />
      {state.status === "expired" && (
        <div class="overlay" role="dialog" aria-modal="true" aria-label="もう一度サインイン">
          <SignIn username={state.username} reason="サインインの有効期限が切れました。入力中の内容はそのまま残ります。" />
          <p class="overlay-other">
            <button class="link" type="button" onClick={() => signOut()}>
              別のユーザーでサインイン
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
