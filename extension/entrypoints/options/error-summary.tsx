import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../../options/create-options-state.ts';

/** How many problems an error summary lists before saying how many more there are. */
export const MAX_SHOWN = 20;

/**
 * The GOV.UK error summary: a titled list of problems linking to their fields; focused when it appears.
 *
 * @example
 * <ErrorSummary errors={[{ field: 'retention-days', where: '', problem: 'Enter a whole number' }]} title="There is a problem" id="e" />
 */
export function ErrorSummary({ errors, title, id }: { errors: FieldError[]; title: string; id: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  // A large bad file can have thousands of problems: show the first ones and say how many more.
  const shown = errors.slice(0, MAX_SHOWN);
  const more = errors.length - shown.length;
  return (
    <div ref={box} class="notice notice-error error-summary" tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {shown.map((e, i) => (
          <li key={i}>
            <a href={`#${e.field}`}>
              {e.where ? (
                <>
                  <strong>In {e.where}:</strong> {e.problem}
                </>
              ) : (
                e.problem
              )}
            </a>
          </li>
        ))}
      </ul>
      {more > 0 ? <p>And {more} more {more === 1 ? 'problem' : 'problems'} like these.</p> : null}
    </div>
  );
}
