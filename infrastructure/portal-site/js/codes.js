// The API's codes with their Japanese labels, for the site's choices. They mirror the API's enums (FacilityKind,
// Profession, the announcement kinds and PublishedField); the API checks every code it is sent.

export const FACILITY_KINDS = [
  ["hospital", "病院"],
  ["clinic", "診療所"],
  ["dental_clinic", "歯科診療所"],
  ["pharmacy", "薬局"],
  ["visiting_nursing_station", "訪問看護ステーション"],
  ["care_management_office", "居宅介護支援事業所"],
  ["home_help_service", "訪問介護事業所"],
  ["day_service", "通所介護事業所"],
  ["nursing_home", "介護保険施設"],
  ["community_support_center", "地域包括支援センター"],
  ["city_office", "市役所・行政機関"],
  ["other", "その他"],
];

export const PROFESSIONS = [
  ["doctor", "医師"],
  ["dentist", "歯科医師"],
  ["pharmacist", "薬剤師"],
  ["nurse", "看護師"],
  ["public_health_nurse", "保健師"],
  ["physical_therapist", "理学療法士"],
  ["occupational_therapist", "作業療法士"],
  ["speech_therapist", "言語聴覚士"],
  ["care_manager", "介護支援専門員"],
  ["care_worker", "介護職員"],
  ["medical_social_worker", "医療ソーシャルワーカー"],
  ["dietitian", "管理栄養士"],
  ["city_staff", "行政職員"],
  ["clerk", "事務職員"],
  ["other", "その他"],
];

export const ANNOUNCEMENT_KINDS = [
  ["notice", "お知らせ"],
  ["service_change", "サービス内容の変更"],
  ["suspension", "サービスの一時停止"],
  ["termination", "サービス提供の中止"],
  ["terms_change", "利用規約の変更"],
];

/** What a facility may publish on the portal or hide (§17-2). */
export const PUBLISHED_FIELDS = [
  ["name", "施設名"],
  ["kind", "種別"],
  ["address", "郵便番号・住所"],
  ["phone", "電話番号"],
];

/** The label of a code, or the code itself when the site does not know it. */
export function label(codes, code) {
  return codes.find(([value]) => value === code)?.[1] ?? code;
}

/** Fills a <select> with options after its existing ones (e.g. "すべて"), selecting the given code. */
export function fillSelect(select, codes, selected = "") {
  for (const [value, text] of codes) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = text;
    option.selected = value === selected;
    select.append(option);
  }
}

/** What the site calls a facility that hides its name (§17-2). */
export const UNNAMED_FACILITY = "施設名非公開の参加施設";
