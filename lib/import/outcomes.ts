/** How many lines of a dry run end in each of the domain's actions ("creation", "rejet"…). */
export function countOutcomes<A extends string>(outcomes: readonly { action: A }[], actions: readonly A[]): Record<A, number> {
  const counts = Object.fromEntries(actions.map((a) => [a, 0])) as Record<A, number>;
  for (const { action } of outcomes) counts[action] += 1;
  return counts;
}
