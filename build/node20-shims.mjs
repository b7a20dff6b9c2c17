/**
 * Loaded with `node --import` before vitest (see the `test:unit` script): vitest 5's
 * reporters call `Map.groupBy`, which Node 20 lacks, and without it a failing test
 * crashes the reporter instead of printing what failed. Remove once Node 22 is the floor.
 */
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value(items, keyOf) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
