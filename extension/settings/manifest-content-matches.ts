/**
 * The match patterns of the content scripts a manifest declares (what a build with ASB_HOSTS runs
 * on without registering anything).
 *
 * @example
 * manifestContentMatches({ content_scripts: [{ matches: ['https://hms.example.org/*'], js: ['content-scripts/content.js'] }] })
 * //=> ['https://hms.example.org/*']
 */
export function manifestContentMatches(manifest: { content_scripts?: { matches?: string[] }[] }): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}
