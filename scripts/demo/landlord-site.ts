/**
 * "Example Homes", the demo's fictional landlord website: its own look, served with a strict
 * Content Security Policy, embedding the built <asb-report-form> with one script tag. It uses the
 * `model` policy, whose landlord is Example Homes.
 */

/** The CSP the landlord site is served with: the widget must work under it. */
export const LANDLORD_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";

function page(title: string, main: string, extraHead = ''): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Example Homes</title>
<link rel="stylesheet" href="/landlord/site.css">
${extraHead}</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="masthead">
  <div class="wrap">
    <a class="brand" href="/landlord/">Example Homes</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/landlord/">Home</a></li>
        <li><a href="/landlord/report/">Report anti-social behaviour</a></li>
        <li><a href="/landlord/#contact">Contact us</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
${main}
</main>
<footer class="footer"><div class="wrap"><p>Example Homes is a fictional landlord for the ASB Assist demo. Phone 0300 000 0000.</p></div></footer>
</body>
</html>
`;
}

/** The landlord's home page. */
export function landlordHome(): string {
  return page(
    'Home',
    `<h1>Welcome to Example Homes</h1>
<p class="lede">We look after 4,200 homes across Exampleton.</p>
<section class="cards">
  <article class="card">
    <h2><a href="/landlord/report/">Report anti-social behaviour</a></h2>
    <p>Tell us about noise, harassment, hate incidents or other behaviour that is affecting you. It takes about 10 minutes.</p>
  </article>
  <article class="card">
    <h2>Pay your rent</h2>
    <p>Pay online, by phone or at the post office.</p>
  </article>
  <article class="card">
    <h2>Report a repair</h2>
    <p>Tell us what needs fixing in your home.</p>
  </article>
</section>
<h2 id="contact">Contact us</h2>
<p>Call 0300 000 0000, Monday to Friday, 8am to 6pm. In an emergency call 999.</p>`,
  );
}

/** The report page: the landlord's own words around the embedded widget. */
export function landlordReportPage(): string {
  return page(
    'Report anti-social behaviour',
    `<h1>Report anti-social behaviour</h1>
<p class="lede">Tell us what is happening. We read every report, and we will tell you what we will do and when.</p>
<asb-report-form endpoint="/api/asb-reports" policy="model" heading-level="2" exit-url="https://www.bbc.co.uk/weather" save-draft></asb-report-form>`,
    '<script type="module" src="/landlord/asb/asb-report-form.js"></script>\n',
  );
}

/** The landlord's stylesheet, including its theme for the widget (`--asb-*` properties). */
export const LANDLORD_CSS = `
:root { --brand: #1d4e5f; --accent: #f2a900; font-family: Georgia, 'Times New Roman', serif; color: #1b1b1b; }
* { box-sizing: border-box; }
body { margin: 0; background: #faf7f2; line-height: 1.5; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
.masthead { background: var(--brand); color: #fff; padding: 1rem 0; border-bottom: 6px solid var(--accent); }
.masthead .wrap { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
.brand { color: #fff; font-size: 1.5rem; font-weight: bold; text-decoration: none; }
.masthead ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.masthead a { color: #fff; }
.masthead a:focus, main a:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
main { padding: 2rem 1rem 3rem; }
h1 { font-size: 2rem; color: var(--brand); }
.lede { font-size: 1.2rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
.card { background: #fff; border: 1px solid #d8d2c4; border-radius: 8px; padding: 1rem; }
.footer { background: #e9e4d8; padding: 1rem 0; font-size: .9rem; }
asb-report-form {
  display: block;
  max-width: 40rem;
  --asb-font: Georgia, 'Times New Roman', serif;
  --asb-button-colour: #1d4e5f;
  --asb-link-colour: #1d4e5f;
  --asb-focus-colour: #f2a900;
  --asb-radius: 8px;
}
`;
