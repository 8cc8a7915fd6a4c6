// The screens that are not needed to start: one chunk, loaded when the first of them opens (or in the background
// once the first screen is up; ui/lazy.tsx). One chunk rather than one per screen, so that the start needs few files.

export { Composer } from "./Composer";
export { PostDetail } from "./PostDetail";
export { Me, PasswordChange, TwoFactor } from "./Me";
export { RegisterPatient } from "./RegisterPatient";
export { CareTeam } from "./CareTeam";
export { Consents } from "./Consents";
export { Charts } from "./Charts";
export { Medications } from "./Medications";
export { Projects } from "./Projects";
export { Incident } from "./Incident";
export { Announcements } from "./Announcements";
