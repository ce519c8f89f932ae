// Web permissions for the renderer: none, except writing plain text to the
// clipboard (copying from the console). Camera, notifications, geolocation,
// HID etc. are refused without a prompt.
import type { Session } from 'electron';

const grantedPermissions = new Set<string>(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string): boolean {
  return grantedPermissions.has(permission);
}

export function installPermissionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
