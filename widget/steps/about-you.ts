import { CONTACT_METHODS } from '../../core/index.ts';
import { list } from '../answers.ts';
import { PATTERNS } from '../patterns.ts';
import type { Field } from '../field.ts';
import type { QuestionStep } from '../step.ts';

/**
 * 8. About them: their name and safe ways and times to contact them, and whether we may share
 * those details with the police or council; or anonymous, saying plainly (and calmly, as inset
 * text) what that costs them. An anonymous tenant gave no details, so is not asked to share them.
 * Each contact method reveals the detail it needs; text messages share the phone number.
 */
export const aboutYou: QuestionStep = {
  id: 'about-you',
  fields: (answers) => {
    const phone: Field = { kind: 'text', name: 'phone', type: 'tel', autocomplete: 'tel', pattern: PATTERNS.phone };
    return [
      {
        kind: 'radios',
        name: 'giveDetails',
        options: ['yes', 'no'],
        heading: true,
        reveal: {
          yes: [
            { kind: 'text', name: 'name', autocomplete: 'name', max: 200 },
            {
              kind: 'checkboxes',
              name: 'contactMethods',
              options: CONTACT_METHODS,
              reveal: {
                email: [{ kind: 'text', name: 'email', type: 'email', autocomplete: 'email', pattern: PATTERNS.email }],
                phone: [phone],
                text: list(answers, 'contactMethods').includes('phone') ? [] : [phone],
                letter: [
                  { kind: 'textarea', name: 'address', autocomplete: 'street-address', max: 500 },
                  { kind: 'text', name: 'postcode', autocomplete: 'postal-code', width: 'short', optional: true, pattern: PATTERNS.postcode },
                ],
              },
            },
            { kind: 'text', name: 'safeTimes', optional: true, max: 500 },
            { kind: 'radios', name: 'safeToLeaveMessage', options: ['yes', 'no'], optionsKey: 'yesNo', optional: true },
            { kind: 'radios', name: 'consentToShare', options: ['yes', 'no'], optionsKey: 'yesNo' },
          ],
          no: [{ kind: 'note', name: 'anonymous' }],
        },
      },
    ];
  },
};
