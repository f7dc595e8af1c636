// How a reader's name is shown to the person whose data they read: the family name and 某 (王小明 → 王某), so the
// person can recognise the office and ask about a read without the log handing out staff members' full names.
export function maskPersonName(name: string | null | undefined): string | null {
  const n = name?.trim();
  if (!n) return null;
  const first = [...n][0];
  return /\p{Script=Han}/u.test(first) ? `${first}某` : `${first}.`;
}
