import { Screen } from "../ui/kit";

export function NotFound() {
  return (
    <Screen title="ページが見つかりません">
      <p>このアドレスの画面はありません。</p>
      <a class="button" href="#/">担当の療養者へ</a>
    </Screen>
  );
}
