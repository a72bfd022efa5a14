import type { LetterPlaceholder } from '../../core/index.ts';
import type { TrackedAssessment as CaseSummary } from '../cases/assess-tracked-case.ts';
import type { Settings } from '../settings/settings-schema.ts';

/** The letter form's values: every field as the officer typed it (lists one item per line; a ticked box 'yes'). */
export type LetterValues = Record<string, string>;

/**
 * The letter form filled with what is known: the case (reference, date received, the
 * complainant's name and address) and the officer's settings (name, job title, phone, email), and
 * today as the letter's date. Other fields are left for the officer.
 *
 * @example
 * prefillLetter(letterFields('acknowledgement'), summary, settings, '2026-12-21')
 * //=> { recipientName: 'Ms Okafor', reference: 'ASB-1001', officerName: 'Sam Patel',
 * //     receivedAt: '2026-12-18', letterDate: '2026-12-21', ... }
 */
export function prefillLetter(
  fields: readonly LetterPlaceholder[],
  summary: CaseSummary | null,
  settings: Pick<Settings, 'officerName' | 'officerJobTitle' | 'officerPhone' | 'officerEmail'>,
  today: string,
): LetterValues {
  const host = summary?.tracked.host;
  const complainant = host?.parties.find((p) => p.role === 'complainant')?.name ?? '';
  const known: LetterValues = {
    reference: host?.reference ?? '',
    recipientName: complainant,
    addressLines: (host?.address ?? '')
      .split(/\s*[,\n]\s*/)
      .filter((line) => line !== '')
      .join('\n'),
    receivedAt: host?.receivedAt ?? '',
    letterDate: today,
    officerName: settings.officerName,
    officerJobTitle: settings.officerJobTitle,
    officerPhone: settings.officerPhone,
    officerEmail: settings.officerEmail,
  };
  const values: LetterValues = {};
  for (const field of fields) values[field.name] = fitKind(known[field.name] ?? '', field.kind);
  return values;
}

/**
 * The letter data for `renderLetter` from the form's values, and the required fields still
 * empty (by label), so the form can list them all at once.
 *
 * @example
 * letterData(fields, { recipientName: 'Ms Okafor', ourActions: 'Visit\nWrite', reference: '' })
 * //=> { data: { recipientName: 'Ms Okafor', ourActions: ['Visit', 'Write'] }, missing: ['Case reference', ...] }
 */
export function letterData(fields: readonly LetterPlaceholder[], values: LetterValues): { data: Record<string, unknown>; missing: LetterPlaceholder[] } {
  const data: Record<string, unknown> = {};
  const missing: LetterPlaceholder[] = [];
  for (const field of fields) {
    const raw = (values[field.name] ?? '').trim();
    if (raw === '') {
      if (field.required) missing.push(field);
      continue;
    }
    if (field.kind === 'confirm') data[field.name] = raw === 'yes';
    else data[field.name] = field.kind === 'list' ? raw.split('\n').map((l) => l.trim()).filter((l) => l !== '') : raw;
  }
  return { data, missing };
}

/** A value in the form its input takes: a date input wants YYYY-MM-DD, a date-time one YYYY-MM-DDTHH:MM. */
function fitKind(value: string, kind: LetterPlaceholder['kind']): string {
  if (kind === 'date') return value.slice(0, 10);
  if (kind === 'date-time') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? value.slice(0, 16) : '';
  if (kind === 'confirm') return '';
  return value;
}
