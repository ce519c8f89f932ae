// Follows the OS light/dark preference; dark is the default like the console.
import { useEffect, useState } from 'react';

export type ColorScheme = 'dark' | 'light';

const query = '(prefers-color-scheme: light)';

export function useColorScheme(): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(() => (window.matchMedia?.(query).matches ? 'light' : 'dark'));
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const update = () => setScheme(media.matches ? 'light' : 'dark');
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return scheme;
}
