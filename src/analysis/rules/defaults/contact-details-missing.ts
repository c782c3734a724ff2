/**
 * Options for the contact-details-missing check (004 §3.1(vii): "List the key professionals and
 * telephone number/emails"). Telephone numbers and email addresses are formats, not words, so the
 * check recognises them itself; this sets only what counts as a telephone number.
 */
export const contactDetailsMissingOptions = {
  /** A UK number written with its area or mobile code: 01274 436060 (10 digits) to 07700 900123 (11). */
  minimumPhoneDigits: 10,
  maximumPhoneDigits: 11,
};
