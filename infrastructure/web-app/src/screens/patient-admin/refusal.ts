import { type ApiProblem, problemOf } from "../../api";

/**
 * A refused submission: the problem to show (with `fieldsDetail` in place of the API's detail when it named fields)
 * and whether its Idempotency-Key may be sent again — only when the request may not have arrived (offline) or is
 * still being answered; any other answer is final for that key, so the next attempt takes a new one.
 */
export async function refusalOf(error: unknown, fieldsDetail?: string): Promise<{ problem: ApiProblem; keepKey: boolean }> {
  const refused = await problemOf(error);
  return {
    problem: fieldsDetail && refused.status === 400 && refused.errors.length > 0 ? { ...refused, detail: fieldsDetail } : refused,
    keepKey: refused.status === 0 || refused.code === "IDEMPOTENCY_KEY_IN_USE",
  };
}
