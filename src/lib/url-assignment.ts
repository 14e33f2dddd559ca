// An instructor's keys of a link (lock=, hide=, quiz=, seed=, embed=: the page keys of url-keys.ts) as structured
// data, and the one place that writes them into a link. Kept apart from the table of keys, which the page script
// does not carry: every page writes links, few read an assignment.

/** An instructor's keys of a link, in the order it gives them: structured data, written out only by withAssignment. */
export type Assignment = readonly (readonly [key: string, value: string])[];

/** The assignment with `key` set to `value` (every earlier value of it dropped), or dropped when `value` is undefined. */
export const withKey = (assignment: Assignment, key: string, value?: string): Assignment => [
  ...assignment.filter(([k]) => k !== key),
  ...(value === undefined ? [] : [[key, value] as const]),
];

/** The query for a state with the instructor's keys kept: `?w1=0.5&lock=w1,lr` (commas and semicolons left readable). */
export function withAssignment(query: string, assignment: Assignment): string {
  const tail = assignment.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`).join('&');
  if (!tail) return query;
  return query ? `${query}&${tail}` : `?${tail}`;
}
