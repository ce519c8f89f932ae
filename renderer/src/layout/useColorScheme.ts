// The palette in use: the Settings theme, or with "system" the OS light/dark
// preference (dark is the default, like the console). The page's CSS follows
// `data-theme` on <html>, which applyTheme keeps equal to this.
import { useEffect, useState } from 'react';
import { usePreferences, type ThemeChoice } from '../settings/uiPreferences';

export type ColorScheme = 'dark' | 'light';

const query = '(prefers-color-scheme: light)';

function systemScheme(): ColorScheme {
  return window.matchMedia?.(query).matches ? 'light' : 'dark';
}

export function schemeFor(choice: ThemeChoice, system: ColorScheme): ColorScheme {
  return choice === 'system' ? system : choice;
}

/** Sets the palette before React renders, so the page never flashes the other one. */
export function applyTheme(scheme: ColorScheme): void {
  document.documentElement.dataset.theme = scheme;
}

export function initialColorScheme(choice: ThemeChoice): ColorScheme {
  return schemeFor(choice, systemScheme());
}

export function useColorScheme(): ColorScheme {
  const { theme } = usePreferences();
  const [system, setSystem] = useState<ColorScheme>(systemScheme);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const update = () => setSystem(media.matches ? 'light' : 'dark');
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return schemeFor(theme, system);
}
