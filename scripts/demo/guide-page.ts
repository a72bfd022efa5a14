/** The demo's front page: what each part is, with links, and how to load the extension. */
export function guidePage(options: { extensionDir: string; origin: string }): string {
  const e = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ASB Assist demo</title>
<link rel="stylesheet" href="/guide.css">
</head>
<body>
<main>
<h1>ASB Assist demo</h1>
<p>Everything here runs on this computer. The landlord, tenants and housing systems are fictional.</p>
<ol class="steps">
  <li>
    <h2><a href="/landlord/report/">Make a report as a tenant</a></h2>
    <p>Example Homes' website embeds <code>&lt;asb-report-form&gt;</code> with one script tag, under a strict Content Security Policy.
    The report goes to <code>/api/asb-reports</code>, is triaged and stored in the <code>demo-data/</code> folder.</p>
  </li>
  <li>
    <h2><a href="/omniledger/asb-log/index.html">Create its case in Omniledger</a></h2>
    <p>A simulated housing system. Reports from the website arrive in ASB Assist's side panel ("Website reports"), as at a real landlord: "Create the case in Omniledger" fills its New report form, and saving it marks the report taken. Set the intake address and the staff token the demo printed at start (also in <code>demo-data/staff-token.txt</code>) in ASB Assist's settings first.</p>
  </li>
  <li>
    <h2><a href="/activeh/index.html">Look at Active H</a></h2>
    <p>A second simulated housing system, with a race-hate report logged as "Noise", cases due today and overdue, and a neighbour dispute.</p>
  </li>
  <li>
    <h2>Load the officer's extension</h2>
    <p>In Chrome or Edge, open <code>chrome://extensions</code>, turn on Developer mode, choose "Load unpacked" and pick:</p>
    <p><code>${e(options.extensionDir)}</code></p>
    <p>Then open a case in either housing system: ASB Assist shows its level, deadlines and any mismatch, and its side panel holds the checklist, letters and dashboard.
    Or run <code>npm run demo -- --open</code> on a computer with a display.</p>
  </li>
</ol>
<p class="small">Serving on ${e(options.origin)}. Stop with Ctrl-C.</p>
</main>
</body>
</html>
`;
}

export const GUIDE_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f3f2f1; color: #0b0c0c; line-height: 1.5; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-size: 2.2rem; }
.steps { padding-left: 1.2rem; }
.steps li { background: #fff; margin-bottom: 1rem; padding: .5rem 1rem 1rem; border-left: 5px solid #1d70b8; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
code { background: #eee; padding: 0 .25rem; word-break: break-all; }
.small { font-size: .9rem; color: #505a5f; }
`;
