import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../../settings/create-options-state.ts';

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
  return (
    <div ref={box} class="notice notice-error error-summary" tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul>
        {errors.map((e, i) => (
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
    </div>
  );
}
