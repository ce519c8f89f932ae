// Turns a printed counter label into a camelCase JSON key:
// "Pool Allocations With NO TAG" -> "poolAllocationsWithNoTag",
// "Pool Allocations Succeeded SpecialPool" -> "poolAllocationsSucceededSpecialPool".
export function counterKey(label: string): string {
  const words = label.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  return words
    .map((w, i) => {
      const allCaps = w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w);
      const base = allCaps ? w.charAt(0) + w.slice(1).toLowerCase() : w;
      return i === 0 ? base.charAt(0).toLowerCase() + base.slice(1) : base.charAt(0).toUpperCase() + base.slice(1);
    })
    .join('');
}
