package jp.igetanet.core.error;

/**
 * Every way a request can fail, each with a stable code, its HTTP status and the Japanese title shown to people.
 *
 * <p>Codes are unique and never reused, so that support staff can search logs and tickets for them.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "入力内容に誤りがあります", "入力内容を確認してください。"),
    MALFORMED_REQUEST(400, "リクエストの形式が正しくありません", "リクエストの本文またはパラメータを解釈できませんでした。"),
    IDEMPOTENCY_KEY_INVALID(400, "Idempotency-Key ヘッダーが正しくありません", "Idempotency-Key には1〜255文字の印字可能な文字列（UUID など）を指定してください。"),
    INVALID_CURSOR(400, "ページ指定が正しくありません", "cursor には前回の応答の nextCursor をそのまま指定してください。"),
    UNAUTHENTICATED(401, "認証が必要です", "有効なアクセストークンを Authorization ヘッダーに指定してください。"),
    ACCOUNT_NOT_REGISTERED(403, "このユーザーIDは登録されていません", "施設責任者または事務局にお問い合わせください。"),
    ACCOUNT_SUSPENDED(403, "このユーザーIDは利用停止中です", "施設責任者または事務局にお問い合わせください。"),
    ACCOUNT_RETIRED(403, "このユーザーIDは廃止されています", "施設責任者にお問い合わせください。"),
    FACILITY_NOT_ACTIVE(403, "所属施設の利用が停止されています", "施設責任者または事務局にお問い合わせください。"),
    PROJECT_MEMBERSHIP_REQUIRED(403, "プロジェクトに参加していません", "参加自由のプロジェクトには、POST /projects/{projectId}/members に自分のユーザーIDを送ると参加できます。"),
    PASSWORD_EXPIRED(403, "パスワードの有効期限が切れています", "POST /me/password で新しいパスワードを設定してから、もう一度操作してください。"),
    FORBIDDEN(403, "この操作を行う権限がありません", "この操作はご利用の権限では行えません。"),
    ROUTE_NOT_FOUND(404, "指定されたURLは存在しません", "URLとメソッドを確認してください。"),
    NETWORK_NOT_FOUND(404, "指定された地域ネットワークは見つかりません", "network には地域ネットワークのIDを指定してください。"),
    FACILITY_NOT_FOUND(404, "指定された施設は見つかりません", "施設が存在しないか、公開されていません。"),
    FACILITY_UNKNOWN(404, "指定された施設は見つかりません", "施設IDを確認してください。"),
    USER_UNKNOWN(404, "指定されたユーザーIDは見つかりません", "ユーザーIDを確認してください。"),
    PATIENT_UNKNOWN(404, "指定された療養者は見つかりません", "療養者IDを確認してください。ケアチームのメンバーだけが療養者を参照できます。"),
    POST_UNKNOWN(404, "指定された投稿は見つかりません", "投稿IDを確認してください。保存期間（5年）を過ぎた投稿は表示されません。"),
    ATTACHMENT_UNKNOWN(404, "指定された添付ファイルは見つかりません", "アップロードが終わっていないか、保存期間（5年）を過ぎています。"),
    WITHDRAWAL_UNKNOWN(404, "指定された同意撤回は見つかりません", "撤回IDを確認してください。撤回を受け付けた利用者と運用者だけが参照できます。"),
    ANNOUNCEMENT_UNKNOWN(404, "指定されたお知らせは見つかりません", "お知らせのIDを確認してください。取り下げられたお知らせは表示されません。"),
    TERMS_VERSION_UNKNOWN(404, "指定された版の利用規約は見つかりません", "版は施行日（例: 2021-04-01）で指定してください。"),
    INCIDENT_REPORT_UNKNOWN(404, "指定された報告は見つかりません", "報告IDを確認してください。"),
    AGREEMENT_UNKNOWN(404, "指定された連携協定は見つかりません", "協定IDと地域ネットワークを確認してください。"),
    PROJECT_UNKNOWN(404, "指定されたプロジェクトは見つかりません", "プロジェクトIDを確認してください。招待制のプロジェクトは、メンバーだけが参照できます。"),
    REGISTRATION_NOT_FOUND(404, "指定された利用登録の申請は見つかりません", "申請IDを確認してください。"),
    METHOD_NOT_ALLOWED(405, "このURLでは指定されたメソッドを使用できません", "メソッドを確認してください。"),
    NOT_ACCEPTABLE(406, "指定された形式で応答できません", "Accept ヘッダーを確認してください。"),
    CONFLICT(409, "他の更新と競合しました", "最新の内容を取得してから、もう一度操作してください。"),
    IDEMPOTENCY_KEY_IN_USE(409, "同じ Idempotency-Key のリクエストを処理中です", "最初のリクエストの処理が終わるまで待ってから、同じ内容でもう一度送信してください。"),
    IDEMPOTENCY_KEY_REUSED(422, "この Idempotency-Key は別のリクエストに使われています", "内容の異なるリクエストには、新しい Idempotency-Key を指定してください。"),
    ALREADY_DECIDED(409, "この申請は審査が終わっています", "承認または却下された申請は変更できません。"),
    FACILITY_STATUS_CONFLICT(409, "施設の状態がこの操作に合いません", "施設の現在の状態を確認してください。"),
    CARE_TEAM_MEMBER_EXISTS(409, "すでにケアチームのメンバーです", "ケアチームの一覧を確認してください。"),
    AGREEMENT_EXISTS(409, "この地域ネットワークとの連携協定はすでにあります", "承諾待ちまたは発効中の協定を一覧で確認してください。"),
    AGREEMENT_STATUS_CONFLICT(409, "連携協定の状態がこの操作に合いません", "協定を承諾するのは、提案を受けた地域ネットワークの運用者です。協定の状態を確認してください。"),
    LAST_CARE_TEAM_MEMBER(409, "ケアチームの最後のメンバーは外せません", "先に別のメンバーを追加してください。"),
    PROJECT_MEMBER_EXISTS(409, "すでにプロジェクトのメンバーです", "メンバーの一覧を確認してください。"),
    PROJECT_OWNER_STAYS(409, "オーナーはプロジェクトから外せません", "先に別のメンバーをオーナーにしてください（PATCH /projects/{projectId}/members/{userId} で role を owner に）。"),
    PROJECT_MEMBERSHIP_FIXED(409, "地域の全利用者が参加するプロジェクトです", "このプロジェクトのメンバーは地域ネットワークの全利用者で、追加・退出・役割の変更はできません。"),
    PROJECT_PIN_REFUSED(409, "この投稿はピン留めできません", "ピン留めできるのはスレッドの最初の投稿で、1つのプロジェクトに10件までです。"),
    EVENT_ANSWER_REFUSED(409, "出欠を回答できません", "出欠を回答できるのは、日時のある投稿（イベント）に、その終了までです。"),
    USER_STATUS_CONFLICT(409, "ユーザーIDの状態がこの操作に合いません", "ユーザーIDの現在の状態を確認してください。"),
    SERVICE_SUSPENDED(503, "サービスを一時停止しています", "再開までお待ちください。停止の理由と再開の予定はポータルサイトでお知らせしています。"),
    PAYLOAD_TOO_LARGE(413, "リクエストが大きすぎます", "リクエストの本文を小さくしてください。"),
    UNSUPPORTED_MEDIA_TYPE(415, "対応していない形式です", "Content-Type には application/json を指定してください。"),
    TOO_MANY_REQUESTS(429, "リクエストが多すぎます", "しばらく待ってから、もう一度お試しください。"),
    INTERNAL_ERROR(500, "システムエラーが発生しました", "時間をおいて再度お試しください。解決しない場合は事務局へご連絡ください。");

    private final int status;
    private final String title;
    private final String detail;

    ErrorCode(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String defaultDetail() {
        return detail;
    }

    /** The problem type URI: stable, one per code. */
    public String type() {
        return "urn:igetanet:problem:" + name().toLowerCase().replace('_', '-');
    }
}
