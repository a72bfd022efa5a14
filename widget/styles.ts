/// <reference types="vite/client" />
import css from './styles.css?inline';

/**
 * The form's style sheet (styles.css, minified by the build), adopted by its shadow root:
 * constructable style sheets work under `style-src 'self'`, and no element has a `style`
 * attribute. Landlords theme the form with `--asb-*` custom properties and `::part()`.
 *
 * @example
 * // asb-report-form { --asb-button-colour: #6c2a7a; --asb-font: "Open Sans", sans-serif; }
 * // asb-report-form::part(panel) { border-radius: 12px; }
 */
export const styles: string = css;
