// The application for registration (§6-1) with the pledge 様式第1: input, a confirmation step, then POST
// /registrations. The API checks every field; its messages (problem+json errors[]) are shown next to the fields
// they name, and listed in a summary at the top of the form.

import { get, network, post } from "./api.js";
import { FACILITY_KINDS, PROFESSIONS, PUBLISHED_FIELDS, fillSelect, label } from "./codes.js";
import { day, el, problem, show, startPage, title } from "./page.js";

/** The version of the pledge text that this page shows. */
const FORM_VERSION = "1";

const form = document.getElementById("application");
const formStep = document.getElementById("form-step");
const confirmStep = document.getElementById("confirm-step");
const doneStep = document.getElementById("done-step");
const summary = document.getElementById("error-summary");
const sendButton = document.getElementById("send");
const backButton = document.getElementById("back");
const listed = document.getElementById("publication-listed");
const publishedFields = document.getElementById("publication-fields");
const agreed = document.getElementById("pledge-agreed");

/** The terms in force, which the pledge agrees to; unknown when they could not be read. */
let terms = null;
/** The application shown on the confirmation step, sent as it is. */
let pending = null;

function value(id) {
  return document.getElementById(id).value;
}

function todayInJapan() {
  // en-CA writes dates as YYYY-MM-DD
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
}

function application() {
  return {
    network,
    facility: {
      name: value("facility-name"),
      kana: value("facility-kana"),
      kind: value("facility-kind"),
      postalCode: value("facility-postal-code"),
      address: value("facility-address"),
      phone: value("facility-phone"),
    },
    administrator: {
      name: value("administrator-name"),
      kana: value("administrator-kana"),
      profession: value("administrator-profession"),
      email: value("administrator-email"),
    },
    pledge: {
      formVersion: FORM_VERSION,
      signer: value("pledge-signer"),
      signedOn: value("pledge-signed-on"),
      agreedTermsVersion: terms?.version ?? "",
    },
    publication: {
      listed: listed.checked,
      fields: [...publishedFields.querySelectorAll("input:checked")].map((box) => box.value),
    },
  };
}

// ---------------------------------------------------------------- field errors

function errorElements() {
  return [...form.querySelectorAll(".field-error[data-field]")];
}

/** The control an error message belongs to: the element whose id the message's id extends. */
function controlOf(errorElement) {
  const control = document.getElementById(errorElement.id.replace(/-error$/, ""));
  return control?.tagName === "FIELDSET" ? control.querySelector("input") : control;
}

function clearErrors() {
  for (const message of errorElements()) {
    message.textContent = "";
    controlOf(message)?.removeAttribute("aria-invalid");
  }
  summary.replaceChildren();
  summary.hidden = true;
}

/** Shows each message beside its field and all of them in the summary, which takes the focus. */
function showErrors(errors, detail) {
  clearErrors();
  const byField = new Map();
  for (const error of errors) {
    const list = byField.get(error.field) ?? [];
    list.push(error.message);
    byField.set(error.field, list);
  }
  const items = [];
  for (const [field, messages] of byField) {
    const place = errorElements().find((message) => message.dataset.field === field);
    const control = place ? controlOf(place) : null;
    if (place) {
      place.textContent = messages.join(" ");
      control?.setAttribute("aria-invalid", "true");
    }
    for (const message of messages) {
      items.push(el("li", {}, control
        ? el("a", { href: `#${control.id}`, "data-focus": control.id }, message)
        : message));
    }
  }
  summary.replaceChildren(
    el("h2", {}, "入力内容を確認してください"),
    detail ? el("p", {}, detail) : null,
    el("ul", {}, items));
  summary.hidden = false;
  showStep(formStep, "利用登録の申請");
  summary.focus();
}

summary.addEventListener("click", (event) => {
  const target = event.target.closest("a[data-focus]");
  if (target) {
    event.preventDefault();
    document.getElementById(target.dataset.focus).focus();
  }
});

// ---------------------------------------------------------------- steps

function showStep(step, pageTitle) {
  for (const each of [formStep, confirmStep, doneStep]) {
    each.hidden = each !== step;
  }
  title(pageTitle);
}

function confirmation(request) {
  const publication = request.publication.listed
    ? `掲載する（${request.publication.fields.map((code) => label(PUBLISHED_FIELDS, code)).join("、") || "掲載する項目なし"}）`
    : "掲載しない";
  const rows = [
    ["施設名", request.facility.name],
    ["施設名のよみがな", request.facility.kana],
    ["施設の種別", request.facility.kind ? label(FACILITY_KINDS, request.facility.kind) : ""],
    ["郵便番号", request.facility.postalCode],
    ["住所", request.facility.address],
    ["電話番号", request.facility.phone],
    ["施設責任者の氏名", request.administrator.name],
    ["施設責任者の氏名のよみがな", request.administrator.kana],
    ["職種", request.administrator.profession ? label(PROFESSIONS, request.administrator.profession) : ""],
    ["メールアドレス", request.administrator.email],
    ["ポータルサイトでの公開", publication],
    ["誓約者の氏名", request.pledge.signer],
    ["誓約日", request.pledge.signedOn ? day(request.pledge.signedOn) : ""],
    ["誓約", `誓約書（様式第1 第${FORM_VERSION}版）の内容を誓約し、利用規約${terms ? `（${terms.version} 版）` : ""}に同意します`],
  ];
  return rows.map(([name, shown]) => [el("dt", {}, name), el("dd", {}, shown || "（未入力）")]);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!agreed.checked) {
    showErrors([{ field: "pledge.agreedTermsVersion", message: "誓約書の内容を誓約し、利用規約に同意してください。" }]);
    return;
  }
  clearErrors();
  pending = application();
  document.getElementById("confirm-details").replaceChildren(...confirmation(pending).flat());
  document.getElementById("send-problem").replaceChildren();
  showStep(confirmStep, "入力内容の確認 - 利用登録の申請");
  document.getElementById("confirm-title").focus();
});

backButton.addEventListener("click", () => {
  showStep(formStep, "利用登録の申請");
  document.getElementById("facility-name").focus();
});

sendButton.addEventListener("click", async () => {
  sendButton.disabled = true;
  backButton.disabled = true;
  confirmStep.setAttribute("aria-busy", "true");
  try {
    const receipt = await post("/registrations", pending);
    document.getElementById("application-id").textContent = receipt.applicationId;
    showStep(doneStep, "申請を受け付けました - 利用登録の申請");
    document.getElementById("done-title").focus();
  } catch (error) {
    if (error.errors?.length) {
      showErrors(error.errors, error.detail);
    } else {
      show(document.getElementById("send-problem"), problem(error, "申請を送信できませんでした"));
    }
  } finally {
    sendButton.disabled = false;
    backButton.disabled = false;
    confirmStep.removeAttribute("aria-busy");
  }
});

// ---------------------------------------------------------------- set-up

async function loadTerms() {
  const termsLink = document.getElementById("terms-version-link");
  const hint = document.getElementById("terms-version");
  try {
    terms = await get("/portal/terms/current");
    termsLink.href = `terms.html?version=${encodeURIComponent(terms.version)}`;
    termsLink.replaceChildren(day(terms.effectiveOn) ?? "", ` 施行の利用規約（版 ${terms.version}）`);
  } catch (error) {
    hint.replaceChildren("施行中の利用規約の版を読み込めませんでした。",
      el("a", { href: "terms.html" }, "利用規約"), "をご確認ください。",
      error?.detail ? ` ${error.detail}` : "");
  }
}

function publicationChoices() {
  const choices = document.getElementById("publication-field-choices");
  for (const [code, text] of PUBLISHED_FIELDS) {
    const id = `publication-field-${code}`;
    choices.append(el("label", { class: "check", for: id },
      el("input", { type: "checkbox", id, name: "publication.fields", value: code, checked: true }), ` ${text}`));
  }
  listed.addEventListener("change", () => {
    publishedFields.disabled = !listed.checked;
  });
}

fillSelect(document.getElementById("facility-kind"), FACILITY_KINDS);
fillSelect(document.getElementById("administrator-profession"), PROFESSIONS);
publicationChoices();
document.getElementById("pledge-signed-on").value = todayInJapan();
startPage();
loadTerms();
