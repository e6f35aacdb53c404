/** The content folder: `content/`, or the folder named by CONTENT_DIR (benchmarks, tests). */
import { resolve } from 'node:path';

export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR || 'content');
}
