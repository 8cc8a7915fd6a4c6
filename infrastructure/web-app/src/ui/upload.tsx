// Files go straight to S3 at the presigned address the API gives (the API never carries them), with their progress
// shown: fetch cannot report an upload's progress, XMLHttpRequest can.

import { type ApiProblem, problemOf } from "../api";

/** The storage refused the upload (its status), or the network failed (0). */
export class UploadRefused extends Error {
  constructor(readonly status: number) {
    super(`upload answered ${status}`);
  }
}

/** PUTs a file to a presigned address with the headers the API named; `progress` hears the share sent (0–1). */
export function uploadFile(url: string, method: string, headers: Record<string, string>, file: File,
                           progress: (share: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    // the browser sets Content-Length itself from the file, and refuses to be told it
    Object.entries(headers)
      .filter(([name]) => name.toLowerCase() !== "content-length")
      .forEach(([name, value]) => request.setRequestHeader(name, value));
    request.upload.onprogress = (event) => event.lengthComputable && progress(event.loaded / event.total);
    request.onload = () => (request.status >= 200 && request.status < 300 ? resolve() : reject(new UploadRefused(request.status)));
    request.onerror = () => reject(new UploadRefused(0));
    request.send(file);
  });
}

/** What to show for a failed upload: the API's refusal of the file, or that the file did not get through. */
export async function uploadProblem(error: unknown): Promise<ApiProblem> {
  const refused = await problemOf(error);
  return error instanceof UploadRefused && error.status !== 0
    ? { ...refused, title: "ファイルを送れませんでした", detail: "もう一度お試しください。" }
    : refused;
}

/** The file on its way, with the share sent. */
export function UploadProgress(props: { uploading: { name: string; share: number } | null; class?: string }) {
  if (!props.uploading) {
    return null;
  }
  return (
    <p role="status" class={props.class}>
      <label>
        {props.uploading.name} を送信中（{Math.round(props.uploading.share * 100)}%）
        <progress max={1} value={props.uploading.share} />
      </label>
    </p>
  );
}
