// Command-line switches of the Electron app. `npm start` passes --demo so the
// UI opens with the built-in demo target (kdsim) preselected.
export interface LaunchArguments {
  demo: boolean;
}

export function parseLaunchArguments(argv: readonly string[]): LaunchArguments {
  return { demo: argv.includes('--demo') };
}

/** The page URL with the launch choices as query parameters the renderer reads (`?target=demo`). */
export function pageUrlWithLaunchQuery(pageUrl: string, launch: LaunchArguments): string {
  const url = new URL(pageUrl);
  if (launch.demo) url.searchParams.set('target', 'demo');
  return url.href;
}
