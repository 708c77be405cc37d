/**
 * The one inline script of the page, run in <head> before the body paints.
 * The prerendered HTML is the default view; any other address (a selection,
 * English, an embed, the methodology) would flash that view before the app
 * replaces it, so the script marks the page `data-boot="client"` and the
 * stylesheet hides the prerendered markup until main.ts mounts the right view.
 * Allowed by the Content-Security-Policy through its hash, not 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

export const BOOT_SCRIPT = "if(location.search.length>1)document.documentElement.setAttribute('data-boot','client')";

/** The CSP source that allows exactly this script. */
export function bootScriptSource(script: string = BOOT_SCRIPT): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
