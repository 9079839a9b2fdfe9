/**
 * Hands on results in input order while they arrive out of order: files
 * are numbered from 0 as they are sent, and each result waits only for the
 * files before it, so a report is written as it comes and stays in order.
 */
export function inInputOrder<Item>(emit: (item: Item) => void): (id: number, item: Item) => void {
  const waiting = new Map<number, Item>();
  let next = 0;
  return (id, item) => {
    waiting.set(id, item);
    while (waiting.has(next)) {
      const ready = waiting.get(next) as Item;
      waiting.delete(next);
      next += 1;
      emit(ready);
    }
  };
}
