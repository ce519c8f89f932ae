// Browser mode: the page was opened as http://127.0.0.1:PORT/?token=TOKEN and the
// WebSocket lives on the same origin; the token goes with it.
export function webSocketUrlFor(location: { protocol: string; host: string; search: string }): string {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`;
}
