import { RISK_LEVELS, type CaseEvent, type RiskLevel } from '../../core/index.ts';

/** What an officer did in ASB Assist, to be written into the housing system's log. */
export interface WriteBack {
  /** The core event: a ticked step's ('complainant-contacted'), 'explanation-recorded' or 'case-reclassified'. */
  type: string;
  /** When it was done: a London date (YYYY-MM-DD). */
  on: string;
  /** Who did it (the officer's name from settings; '' when not set). */
  by: string;
  /** What was done, in words: the step's label ("Contact the complainant"). */
  what: string;
  /** 'explanation-recorded': the deadline explained; 'case-reclassified': the new level. */
  arg?: string;
  /** 'explanation-recorded', 'case-reclassified': the officer's reason. */
  reason?: string;
}

const MARK = '[ASB Assist]';
const CODE = /\(asb:([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/([a-z0-9]+(?:-[a-z0-9]+)*))?\)\s*$/;
const LINE = /^\[ASB Assist\] ([\s\S]*?)\.? (?:Done|Recorded) (\d{1,2})\/(\d{1,2})\/(\d{4})(?: by ([^\n]*?))?\. \(asb:/;

/**
 * The short, standard entry an officer saves in the housing system's log for something done in
 * ASB Assist: what was done, the date, by whom, and a code every officer's ASB Assist reads back
 * (see readWriteBack). Plain text: the host stores and shows it as typed.
 *
 * @example
 * writeBackText({ type: 'complainant-contacted', on: '2026-12-03', by: 'Sam Patel', what: 'Contact the complainant' })
 * //=> '[ASB Assist] Contact the complainant. Done 03/12/2026 by Sam Patel. (asb:complainant-contacted)'
 */
export function writeBackText(w: WriteBack): string {
  const [y, m, d] = w.on.split('-');
  const what = w.reason ? `${w.what}: ${w.reason.replace(/\s+/g, ' ').trim()}` : w.what;
  const verb = w.reason !== undefined ? 'Recorded' : 'Done';
  const by = w.by.trim() ? ` by ${w.by.trim()}` : '';
  return `${MARK} ${what.replace(/\.$/, '')}. ${verb} ${d}/${m}/${y}${by}. (asb:${w.type}${w.arg ? `/${w.arg}` : ''})`;
}

/**
 * The event an entry written by {@link writeBackText} stands for, dated as the entry says; null
 * for any other text. A reclassification carries its level and reason, an explanation its
 * deadline and reason, as the core reads them.
 *
 * @example
 * readWriteBack('[ASB Assist] Contact the complainant. Done 03/12/2026 by Sam Patel. (asb:complainant-contacted)')
 * //=> { type: 'complainant-contacted', at: '2026-12-03' }
 */
export function readWriteBack(text: string): CaseEvent | null {
  if (!text.includes(MARK)) return null;
  const start = text.indexOf(MARK);
  const body = text.slice(start).trim();
  const code = CODE.exec(body);
  const line = LINE.exec(body);
  if (!code || !line) return null;
  const [, type, arg] = code;
  const [, what, d, m, y] = line;
  const at = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const day = new Date(`${at}T12:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== at) return null;
  const colon = what!.indexOf(': ');
  const reason = colon >= 0 ? what!.slice(colon + 2) : undefined;
  if (type === 'case-reclassified') {
    if (!arg || !(RISK_LEVELS as readonly string[]).includes(arg)) return null;
    return { type, at, level: arg as RiskLevel, ...(reason ? { reason } : {}) };
  }
  if (type === 'explanation-recorded') {
    if (!arg) return null;
    return { type, at, deadline: arg, ...(reason ? { reason } : {}) };
  }
  return { type: type!, at };
}
