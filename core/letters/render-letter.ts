import { formatDateLong, formatTime } from '../calendar/format-date.ts';
import { toLondonDate } from '../calendar/to-london-date.ts';
import type { Policy } from '../policy/policy-schema.ts';
import { findLetterTemplate } from './find-letter-template.ts';
import { LETTER_BUILTINS, letterBuiltins } from './letter-builtins.ts';
import type { LetterBuiltinName, LetterBuiltinValue } from './letter-builtins.ts';
import { DEFAULT_LETTER_RULES, letterRuleApplies } from './letter-case.ts';
import type { LetterCase } from './letter-case.ts';
import type { LetterBlock, LetterPlaceholder, LetterTemplate } from './letter-template-schema.ts';

/**
 * A letter ready to send: `text` for print or plain email, `html` a fragment for an HTML email,
 * and `blocks`, the same letter as data, for a screen or print view that builds its elements
 * itself rather than parsing HTML.
 */
export interface RenderedLetter {
  subject: string;
  /** Plain text, paragraphs wrapped at 72 characters, list items as "- item". */
  text: string;
  /** Semantic HTML (p, h2, ul, table), every value escaped; no styles, no scripts. */
  html: string;
  /** The letter's blocks in order: what `html` says, as data (values as given, not escaped). */
  blocks: LetterNode[];
}

/** Line width of the plain text. */
const WIDTH = 72;
const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/;

type Value = LetterBuiltinValue;
/**
 * A run of text, or a link (made only from policy addresses and checked email addresses:
 * `https:` or `mailto:`).
 */
export type LetterInline = { text: string } | { text: string; href: string };
type Inline = LetterInline;
/** Paragraph lines: each line a list of inlines. */
type Lines = Inline[][];
/**
 * One block of a rendered letter: a paragraph of lines, a heading, a bulleted list, or an empty
 * table of `rows` rows to fill in by hand (the incident diary sheet).
 *
 * @example
 * renderLetter('acknowledgement', data, policy).blocks[0]
 * //=> { type: 'p', lines: [[{ text: '29 August 2026' }]] }
 */
export type LetterNode =
  | { type: 'p'; lines: Lines }
  | { type: 'h'; content: Inline[] }
  | { type: 'ul'; items: Inline[][] }
  | { type: 'table'; columns: string[]; rows: number };
type Node = LetterNode;

/**
 * Renders a letter for a case: fills the template `id` with `data` and the policy's own words
 * (landlord name, neutral terms, contact details, review interval, ASB Case Review details).
 *
 * - Throws `id: unknown letter "x"` for an unknown id, `recipientName: required` for a missing
 *   required field (an empty string or list counts as missing), and an error naming the field
 *   for a value of the wrong kind or a field the letter does not have.
 * - Refuses data that contradicts itself, naming the field: a date before one it may not precede
 *   (`appointmentAt` before `receivedAt`, `letterDate` before the conversation it confirms), and a
 *   letter with no way to reach us (no phone or email from the officer or the policy: `officerPhone`).
 * - Reads the case (`letterCase`: its triage flags and behaviours) against the policy's letter
 *   rules: no mediation where `letters.noMediation` applies (hate, domestic abuse, violence), and a
 *   letter to a postal address where `letters.confirmSafeToWrite` applies (domestic abuse) needs
 *   `contactByLetterSafe`.
 * - Dates read in words (`formatDateLong`), date-times with their London time:
 *   "Monday 31 August 2026 at 10:30am".
 * - `html` escapes every value (& < > " '); `text` has the values as given.
 *
 * @example
 * renderLetter('acknowledgement', {
 *   reference: 'ASB-2026-0042', recipientName: 'Ms Okafor', officerName: 'Sam Patel',
 *   receivedAt: '2026-08-29T10:00:00Z', appointmentAt: '2026-08-31T09:30:00Z',
 * }, policies['co-op-homes']).subject
 * //=> 'We have received your report (reference ASB-2026-0042)'
 * // text includes 'We received your report on Saturday 29 August 2026.'
 * // and 'Sam Patel will meet you on Monday 31 August 2026 at 10:30am to talk about your case.'
 */
export function renderLetter(
  id: string,
  data: Record<string, unknown>,
  policy: Policy,
  letterCase?: LetterCase,
): RenderedLetter {
  const template = findLetterTemplate(id);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('data: must be an object');

  const fields = new Map(template.placeholders.map((p) => [p.name, p]));
  for (const [key, value] of Object.entries(data)) {
    if (!fields.has(key) && value !== undefined && value !== null) {
      throw new Error(`${key}: not a field of the "${template.id}" letter (fields: ${[...fields.keys()].join(', ')})`);
    }
  }

  const values = new Map<string, Value>();
  const raw = new Map<string, string>();
  for (const field of template.placeholders) {
    const read = readField(field, data[field.name]);
    if (read === undefined) {
      if (field.required) throw new Error(`${field.name}: required`);
      continue;
    }
    values.set(field.name, read.value);
    if (read.raw !== undefined) raw.set(field.name, read.raw);
  }
  const officerEmail = raw.get('officerEmail');
  if (officerEmail !== undefined && !EMAIL.test(officerEmail)) {
    throw new Error(`officerEmail: must be an email address, like name@example.com`);
  }

  checkDateOrder(template, raw);
  for (const field of template.placeholders) {
    const given = values.has(field.name);
    if (!given && field.requiredUnless !== undefined && !field.requiredUnless.some((n) => values.has(n))) {
      throw new Error(`${field.name}: required unless ${field.requiredUnless.join(' or ')} is given`);
    }
    const clash = given ? field.conflictsWith?.find((n) => values.has(n)) : undefined;
    if (clash !== undefined) throw new Error(`${field.name}: cannot be given together with ${clash}; the two contradict each other`);
  }

  const noMediation = letterRuleApplies(policy, 'noMediation', letterCase);
  if (noMediation !== null) {
    const why = `this case has ${noMediation}, and letters do not offer mediation in such cases (${(policy.letters ?? DEFAULT_LETTER_RULES).noMediation.source})`;
    if (template.offersMediation) throw new Error(`id: the "${template.id}" letter offers mediation: ${why}`);
    for (const field of template.placeholders) {
      if (field.offersMediation && values.has(field.name)) throw new Error(`${field.name}: ${why}`);
    }
  }
  if (values.has('addressLines') && !values.has('contactByLetterSafe')) {
    const unsafe = letterRuleApplies(policy, 'confirmSafeToWrite', letterCase);
    if (unsafe !== null) {
      throw new Error(
        `contactByLetterSafe: this case has ${unsafe}. Confirm that a letter to this address is safe (it may be shared with the person causing harm), or leave the address empty and send it another way.`,
      );
    }
  }

  const builtins = letterBuiltins(policy, {
    officerPhone: raw.get('officerPhone'),
    officerEmail,
    letterDate: raw.get('letterDate'),
    receivedAt: raw.get('receivedAt'),
    mediationBarred: noMediation !== null,
  });
  for (const [name, value] of Object.entries(builtins)) {
    if (value !== undefined) values.set(name, value);
  }
  if (!values.has('contactPhone') && !values.has('contactEmail')) {
    throw new Error(
      `officerPhone: the policy "${policy.id}" gives no phone number or email for ${policy.landlord}, so the letter would end with a name alone. Give your phone number (officerPhone) or email (officerEmail).`,
    );
  }
  for (const name of template.requires ?? []) {
    if (!values.has(name)) {
      const description = name in LETTER_BUILTINS ? LETTER_BUILTINS[name as LetterBuiltinName].description : '';
      throw new Error(`${name}: the policy "${policy.id}" gives none, and the "${template.id}" letter needs it. ${description}`);
    }
  }

  const nodes = [...layoutTop(values), ...template.body.flatMap((block) => renderBlock(block, values, template))];
  const signOff = layoutBottom(values);
  const sheet = template.sheet === undefined ? [] : renderSheet(template.sheet, values, template);

  const blocks = [...nodes, ...signOff, ...sheet];
  return {
    subject: plain(fill(template.subject, values, template)),
    text: blocks.map(toText).join('\n\n') + '\n',
    html: blocks.map(toHtml).join('\n') + '\n',
    blocks,
  };
}

/**
 * Refuses dates out of order: each date field with `notBefore` may not fall on a London date
 * before any of those fields (when both are given).
 */
function checkDateOrder(template: LetterTemplate, raw: Map<string, string>): void {
  for (const field of template.placeholders) {
    const value = raw.get(field.name);
    if (value === undefined || field.notBefore === undefined) continue;
    const date = toLondonDate(value, field.name);
    for (const earlierName of field.notBefore) {
      const earlier = raw.get(earlierName);
      if (earlier === undefined) continue;
      const earlierDate = toLondonDate(earlier, earlierName);
      if (date < earlierDate) {
        const label = template.placeholders.find((p) => p.name === earlierName)?.label ?? earlierName;
        throw new Error(
          `${field.name}: ${formatDateLong(date)} is before ${earlierName} (${label.toLowerCase()}: ${formatDateLong(earlierDate)}); it cannot come before it`,
        );
      }
    }
  }
}

const YES = new Set([true, 'true', 'yes', 'on']);
const NO = new Set([false, 'false', 'no', 'off', '']);

/** Reads one field's value: undefined when absent; throws naming the field when unusable. */
function readField(field: LetterPlaceholder, value: unknown): { value: Value; raw?: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const { name, kind } = field;
  const described = Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'text' : `a ${typeof value}`;

  if (kind === 'list') {
    const items = typeof value === 'string' ? value.split(/\r?\n/) : value;
    if (!Array.isArray(items)) throw new Error(`${name}: must be a list of text, not ${described}`);
    const lines = items.map((item, i) => {
      if (typeof item !== 'string') throw new Error(`${name}[${i}]: must be text`);
      return item.replace(/\s+/g, ' ').trim();
    });
    const kept = lines.filter((line) => line !== '');
    return kept.length === 0 ? undefined : { value: { kind: 'list', value: kept } };
  }

  if (kind === 'confirm') {
    const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (YES.has(v as never)) return { value: { kind: 'text', value: 'yes' }, raw: 'yes' };
    if (NO.has(v as never)) return undefined;
    throw new Error(`${name}: must be yes or no (true or false), not ${described}`);
  }

  if (typeof value !== 'string') {
    const expected = kind === 'date' || kind === 'date-time' ? 'a date or date-time' : 'text';
    throw new Error(`${name}: must be ${expected}, not ${described}`);
  }
  const trimmed = value.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') return undefined;

  switch (kind) {
    case 'text':
      if (trimmed.includes('\n')) throw new Error(`${name}: must be one line of text`);
      return { value: { kind: 'text', value: trimmed }, raw: trimmed };
    case 'multiline':
      return { value: { kind: 'text', value: trimmed.replace(/\n{3,}/g, '\n\n') } };
    case 'date':
      return { value: { kind: 'text', value: formatDateLong(trimmed, name) }, raw: trimmed };
    case 'date-time': {
      const date = formatDateLong(trimmed, name);
      const words = trimmed.length === 10 ? date : `${date} at ${formatTime(trimmed, name)}`;
      return { value: { kind: 'text', value: words }, raw: trimmed };
    }
    default:
      return kind satisfies never;
  }
}

const SLOT = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Fills a template string's slots; a slot's value is one inline (text may hold line breaks). */
function fill(template: string, values: Map<string, Value>, letter: LetterTemplate): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    const name = match[1] ?? '';
    const index = match.index;
    if (index > last) out.push({ text: template.slice(last, index) });
    last = index + match[0].length;
    const value = values.get(name);
    // The schema rules these out; a hand-made template that breaks them must not print a gap.
    if (value === undefined) throw new Error(`${name}: no value for {{${name}}} in the "${letter.id}" letter`);
    if (value.kind === 'list') throw new Error(`${name}: a list cannot fill {{${name}}} in the "${letter.id}" letter`);
    if (value.kind === 'link') out.push({ text: value.value, href: value.value });
    else if (value.kind === 'email') out.push({ text: value.value, href: `mailto:${value.value}` });
    else out.push({ text: value.value });
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

const plain = (inlines: Inline[]) => inlines.map((i) => i.text).join('').replace(/\s+/g, ' ').trim();
const oneLine = (inlines: Inline[]): Inline[] => inlines.map((i) => ({ ...i, text: i.text.replace(/\s*\n\s*/g, ' ') }));

/** Splits inlines at blank lines (new paragraphs) and line breaks (new lines). */
function paragraphs(inlines: Inline[]): Lines[] {
  const result: Lines[] = [[[]]];
  for (const inline of inlines) {
    if ('href' in inline) {
      result.at(-1)!.at(-1)!.push(inline);
      continue;
    }
    inline.text.split(/(\n\s*\n|\n)/).forEach((part) => {
      if (/^\n\s*\n$/.test(part)) result.push([[]]);
      else if (part === '\n') result.at(-1)!.push([]);
      else if (part !== '') result.at(-1)!.at(-1)!.push({ text: part });
    });
  }
  return result;
}

const asList = (names: string | string[] | undefined) =>
  names === undefined ? [] : typeof names === 'string' ? [names] : names;

function shown(block: LetterBlock, values: Map<string, Value>): boolean {
  return asList(block.if).every((n) => values.has(n)) && asList(block.unless).every((n) => !values.has(n));
}

function renderBlock(block: LetterBlock, values: Map<string, Value>, letter: LetterTemplate): Node[] {
  if (!shown(block, values)) return [];
  if ('text' in block) return paragraphs(fill(block.text, values, letter)).map((lines) => ({ type: 'p', lines }));
  if ('heading' in block) return [{ type: 'h', content: oneLine(fill(block.heading, values, letter)) }];
  if ('items' in block) return [{ type: 'ul', items: block.items.map((item) => oneLine(fill(item, values, letter))) }];
  const list = values.get(block.list);
  if (list?.kind !== 'list') throw new Error(`${block.list}: no list for the "${letter.id}" letter`);
  return [{ type: 'ul', items: list.value.map((text) => [{ text }]) }];
}

const textOf = (values: Map<string, Value>, name: string): Inline | undefined => {
  const value = values.get(name);
  if (value === undefined || value.kind === 'list') return undefined;
  if (value.kind === 'email') return { text: value.value, href: `mailto:${value.value}` };
  if (value.kind === 'link') return { text: value.value, href: value.value };
  return { text: value.value };
};

const present = <T>(items: (T | undefined)[]): T[] => items.filter((x): x is T => x !== undefined);

/** Address, date, reference and greeting. */
function layoutTop(values: Map<string, Value>): Node[] {
  const nodes: Node[] = [];
  const address = values.get('addressLines');
  if (address?.kind === 'list') {
    nodes.push({ type: 'p', lines: [[textOf(values, 'recipientName')!], ...address.value.map((text) => [{ text }])] });
  }
  const date = textOf(values, 'letterDate');
  if (date) nodes.push({ type: 'p', lines: [[date]] });
  const reference = textOf(values, 'reference');
  if (reference) nodes.push({ type: 'p', lines: [[{ text: 'Our reference: ' }, reference]] });
  nodes.push({ type: 'p', lines: [[{ text: 'Dear ' }, textOf(values, 'recipientName')!, { text: ',' }]] });
  return nodes;
}

/** Sign-off: officer, landlord, and how to get in touch. */
function layoutBottom(values: Map<string, Value>): Node[] {
  const who = present([textOf(values, 'officerName'), textOf(values, 'officerJobTitle'), textOf(values, 'landlord')]);
  const labelled = (label: string, name: string) => {
    const value = textOf(values, name);
    return value === undefined ? undefined : [{ text: `${label}: ` }, value];
  };
  const contact = present([
    labelled('Phone', 'contactPhone'),
    labelled('Email', 'contactEmail'),
    labelled('Website', 'website'),
  ]);
  const nodes: Node[] = [
    { type: 'p', lines: [[{ text: 'Yours sincerely,' }]] },
    { type: 'p', lines: who.map((inline) => [inline]) },
  ];
  if (contact.length > 0) nodes.push({ type: 'p', lines: contact });
  return nodes;
}

function renderSheet(sheet: NonNullable<LetterTemplate['sheet']>, values: Map<string, Value>, letter: LetterTemplate): Node[] {
  return [
    { type: 'h', content: [{ text: sheet.title }] },
    ...sheet.intro.map((line): Node => ({ type: 'p', lines: [oneLine(fill(line, values, letter))] })),
    { type: 'table', columns: sheet.columns.map((c) => plain(fill(c, values, letter))), rows: sheet.rows },
  ];
}

/** Greedy word wrap; a word longer than the width (a web address) keeps a line of its own. */
function wrap(line: string, firstPrefix = '', restPrefix = firstPrefix): string[] {
  const words = line.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (!empty && current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = restPrefix + word;
    } else {
      current += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(current);
  return lines;
}

function toText(node: Node): string {
  switch (node.type) {
    case 'p':
      return node.lines.flatMap((line) => wrap(plain(line))).join('\n');
    case 'h':
      return plain(node.content);
    case 'ul':
      return node.items.flatMap((item) => wrap(plain(item), '- ', '  ')).join('\n');
    case 'table': {
      const width = Math.max(...node.columns.map((c) => c.length)) + 2;
      const entry = (n: number) =>
        [`Incident ${n}`, ...node.columns.map((c) => `${`${c}:`.padEnd(width)}${'_'.repeat(WIDTH - width)}`)].join('\n');
      return Array.from({ length: node.rows }, (_, i) => entry(i + 1)).join('\n\n');
    }
    default:
      return node satisfies never;
  }
}

/** Escapes text for HTML content and attribute values. */
function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function inlineHtml(inlines: Inline[]): string {
  return inlines
    .map((i) => ('href' in i ? `<a href="${escapeHtml(i.href)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function toHtml(node: Node): string {
  switch (node.type) {
    case 'p':
      return `<p>${node.lines.map(inlineHtml).join('<br>')}</p>`;
    case 'h':
      return `<h2>${inlineHtml(node.content)}</h2>`;
    case 'ul':
      return `<ul>\n${node.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = node.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
      const row = `<tr>${node.columns.map(() => '<td></td>').join('')}</tr>`;
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${Array.from({ length: node.rows }, () => row).join('\n')}\n</tbody>\n</table>`;
    }
    default:
      return node satisfies never;
  }
}
