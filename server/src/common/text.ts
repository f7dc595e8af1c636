// The one normalisation of text typed by people: control characters refused, surrounding whitespace trimmed.
// Applied to every string argument by the GraphQL input pipe, before any validator or service sees it.

/** C0 controls other than tab, line feed and carriage return, DEL, C1 controls, and lone UTF-16 surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(s: string): boolean {
  return FORBIDDEN.test(s);
}

/** Fields whose value is kept exactly as typed (a password may begin or end with a space). */
export function keepsWhitespace(field: string): boolean {
  return /password/i.test(field);
}
