import { resolve } from "node:path";
// src/lib/content-dir.ts
/** The content folder: `content/`, or the folder named by CONTENT_DIR (benchmarks, tests). */
function contentDir(env = process.env, cwd = process.cwd()) {
	return resolve(cwd, env.CONTENT_DIR || "content");
}
export { contentDir as t };
