/**
 * "Today" for a build: statuses and review ages depend on it. BUILD_DATE (YYYY-MM-DD) or
 * SOURCE_DATE_EPOCH fix it, so two builds of one commit on different days can be compared.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  if (env.BUILD_DATE && /^\d{4}-\d{2}-\d{2}$/.test(env.BUILD_DATE)) return env.BUILD_DATE;
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  return now.toISOString().slice(0, 10);
}
