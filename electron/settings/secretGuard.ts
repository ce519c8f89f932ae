// Last line of defence: nothing that looks like a secret is written to a
// settings or transcript file, whatever the caller passed.
const secretKeyPattern = /pass(word|phrase)|secret|private.?key|token/i;

/** Throws when an object (deeply) has a key named like a secret. */
export function assertNoSecretKeys(value: unknown, where: string, pathSoFar = ''): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertNoSecretKeys(v, where, `${pathSoFar}[${i}]`));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      // `rememberSecret` is a flag, not a secret.
      if (secretKeyPattern.test(key) && typeof v !== 'boolean') {
        throw new Error(`Refusing to write ${where}: the field ${pathSoFar}${pathSoFar ? '.' : ''}${key} looks like a secret.`);
      }
      assertNoSecretKeys(v, where, `${pathSoFar}${pathSoFar ? '.' : ''}${key}`);
    }
  }
}
