/**
 * The order of områden, risks, kontrollmoment and åtgärder among their siblings, and what a
 * move up or down writes: every sibling gets its place (1, 2, …) so the order is whole after
 * the first move. Numbers (nr) never change on a move: reports cite them.
 */

/** Something that can be ordered: an explicit `ordning`, else its `nr`. */
export interface Orderable {
  key: string;
  ordning?: number;
  nr?: number;
}

/** The items in their order: by `ordning` (those without it last), then by `nr`, else as given. */
export function byOrdning<T extends Orderable>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const oa = typeof a.item.ordning === 'number' ? a.item.ordning : Number.MAX_SAFE_INTEGER;
      const ob = typeof b.item.ordning === 'number' ? b.item.ordning : Number.MAX_SAFE_INTEGER;
      if (oa !== ob) {
        return oa - ob;
      }
      const na = typeof a.item.nr === 'number' ? a.item.nr : a.index;
      const nb = typeof b.item.nr === 'number' ? b.item.nr : b.index;
      return na !== nb ? na - nb : a.index - b.index;
    })
    .map((entry) => entry.item);
}

/**
 * The writes of moving the item one place up (-1) or down (+1) among its siblings (given in
 * their shown order): each sibling whose place changes, with its new `ordning`. Nothing when the
 * item is already first or last.
 */
export function moveWrites<T extends Orderable>(siblings: T[], key: string, direction: -1 | 1): Array<{ item: T; ordning: number }> {
  const index = siblings.map((s) => s.key).indexOf(key);
  const to = index + direction;
  if (index < 0 || to < 0 || to >= siblings.length) {
    return [];
  }
  const order = siblings.slice();
  order[index] = siblings[to];
  order[to] = siblings[index];
  return order.map((item, i) => ({ item, ordning: i + 1 })).filter((entry) => entry.item.ordning !== entry.ordning);
}
