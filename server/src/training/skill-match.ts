// Skills compared as the matcher compares them (matching/matcher.ts: NFKC, lower case, no spaces; the same word, or
// one containing the other when both have at least two characters), in SQL: a course "teaches" a skill a posting
// asks for when the matcher would count the two as one. Kept here as SQL because training reads no pure module.

/** SQL (text) → normalised text, as matcher.ts's skillKey. */
export const sqlSkillKey = (expr: string) => `regexp_replace(lower(normalize(${expr}, NFKC)), '\\s+', '', 'g')`;

/** SQL condition: skill expression `a` and `b` are one skill to the matcher. */
export const sqlSameSkill = (a: string, b: string) => {
  const ka = sqlSkillKey(a);
  const kb = sqlSkillKey(b);
  return `(${ka} = ${kb} OR (char_length(${ka}) >= 2 AND char_length(${kb}) >= 2 AND (strpos(${ka}, ${kb}) > 0 OR strpos(${kb}, ${ka}) > 0)))`;
};

/** The same rule in TypeScript (for adding skills without doubles). */
export const skillKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
