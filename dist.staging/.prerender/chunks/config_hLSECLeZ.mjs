// src/lib/config.ts
/** The repository's edit page for a content file; none for files outside the repository (e.g. a CONTENT_DIR elsewhere). */
function editUrl(config, file) {
	return file && !file.startsWith("/") && !file.startsWith("..") ? `${config.repository}/edit/${config.branch}/${file}` : void 0;
}
function siteConfig(env = process.env) {
	const months = Number(env.REVIEW_MAX_AGE_MONTHS);
	return {
		repository: (env.REPO_URL || "https://github.com/foerderatlas/foerderatlas").replace(/\/$/, ""),
		branch: env.REPO_BRANCH || "main",
		dataLicense: {
			id: env.DATA_LICENSE_ID || "CC-BY-4.0",
			name: env.DATA_LICENSE_NAME || "Creative Commons Namensnennung 4.0 International (CC BY 4.0)",
			url: env.DATA_LICENSE_URL || "https://creativecommons.org/licenses/by/4.0/deed.de"
		},
		reviewMaxAgeMonths: Number.isFinite(months) && months > 0 ? months : 12,
		editorsEmail: /^[^\s@?&#]+@[^\s@?&#]+\.[^\s@?&#]+$/.test(env.EDITORS_EMAIL ?? "") ? env.EDITORS_EMAIL : "redaktion@foerderatlas.example.org"
	};
}
export { siteConfig as n, editUrl as t };
