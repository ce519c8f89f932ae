// Server host key algorithms to offer, with the types already known for the
// host first — as OpenSSH does — so a host known by its ECDSA key is not
// asked for its Ed25519 key (which would look "unknown" and prompt again).

const defaultOrder = ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];

/** Key type (from known_hosts) → the signature algorithms that present it. */
function algorithmsFor(keyType: string): string[] {
  return keyType === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : defaultOrder.filter((a) => a === keyType);
}

export function orderHostKeyAlgorithms(knownKeyTypes: readonly string[]): string[] {
  const first = knownKeyTypes.flatMap(algorithmsFor);
  return [...new Set([...first, ...defaultOrder])];
}
