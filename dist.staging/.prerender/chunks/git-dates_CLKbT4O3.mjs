import { relative, resolve } from "node:path";
import { execFileSync } from "node:child_process";
// src/lib/git-dates.ts
/**
* "Zuletzt geändert" from git: parses one `git log` pass (src/io/git-dates.ts runs it) into the date
* of the last commit per file, instead of one git call per file, which would not scale.
*/
/** Parses `git log --format=%x00%cs --name-only`: the first date seen for a path is its newest. */
function parseGitLog(log) {
	const dates = /* @__PURE__ */ new Map();
	let date = "";
	for (const line of log.split("\n")) if (line.startsWith("\0")) date = line.slice(1).trim();
	else if (line.trim() && date && !dates.has(line.trim())) dates.set(line.trim(), date);
	return dates;
}
// src/io/git-dates.ts
/**
* Runs git for "Zuletzt geändert": one `git log` over the content folder, parsed by src/lib/git-dates.ts.
*/
/**
* Last-change dates (YYYY-MM-DD) of the files under a folder, keyed by absolute path. Empty when the
* folder is not in a git work tree (e.g. a synthetic catalogue) or git is missing.
*/
function lastChanged(folder) {
	try {
		const top = execFileSync("git", ["rev-parse", "--show-toplevel"], {
			cwd: folder,
			encoding: "utf8",
			stdio: [
				"ignore",
				"pipe",
				"ignore"
			]
		}).trim();
		const log = execFileSync("git", [
			"log",
			"--format=%x00%cs",
			"--name-only",
			"--",
			relative(top, folder) || "."
		], {
			cwd: top,
			encoding: "utf8",
			maxBuffer: 1 << 28,
			stdio: [
				"ignore",
				"pipe",
				"ignore"
			]
		});
		const byPath = /* @__PURE__ */ new Map();
		for (const [path, date] of parseGitLog(log)) byPath.set(resolve(top, path), date);
		return byPath;
	} catch {
		return /* @__PURE__ */ new Map();
	}
}
export { lastChanged as t };
