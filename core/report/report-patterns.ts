/**
 * The text formats a report's fields must have, shared by the report schema and the widget
 * (which checks answers without zod, to stay small).
 */

/**
 * A UK or international phone number: 10 to 15 digits, spaces, brackets, dashes and a leading +.
 * @example
 * PHONE_PATTERN.test('07700 900 123') //=> true
 */
export const PHONE_PATTERN = /^\+?(?:[\s()-]*\d){10,15}[\s()-]*$/;

/**
 * A UK postcode, any case, with or without the space.
 * @example
 * POSTCODE_PATTERN.test('ab1 2cd') //=> true
 */
export const POSTCODE_PATTERN = /^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$/;

/**
 * A time of day, HH:MM on the 24-hour clock.
 * @example
 * TIME_PATTERN.test('23:40') //=> true
 */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
