/**
 * The embeds' page (dist/embed.html) carries one inline script of its own, before the module script,
 * for the one failure the app cannot report itself: its own files not loading. An embed sandboxed
 * without `allow-same-origin` has an opaque origin, so its module script, stylesheet and data are
 * fetched cross-origin; a host that does not send `Access-Control-Allow-Origin` blocks them, and the
 * editor's page would show an empty 150-px box. The script waits for a script or stylesheet to fail,
 * then shows a short message with a link to the same view in the explorer, and tells the parent page
 * its height through pym.js's and AMP's messages, so the box fits the message. Plain text, built with
 * `textContent` (nothing from the address becomes markup); allowed by the CSP through its hash.
 */
import { createHash } from 'node:crypto';

/** Where the message goes: after #app, hidden until a file fails, so the app never has to remove it. */
export const EMBED_FALLBACK_ELEMENT = '<p id="embed-fallback" hidden></p>';

const TEXT = {
  es: {
    cors: 'Este gráfico no pudo cargarse aquí: se muestra en un marco aislado y el sitio que lo sirve no deja leer sus archivos desde otra página (le falta la cabecera Access-Control-Allow-Origin).',
    other: 'Este gráfico no pudo cargar sus archivos.',
    link: 'Ver el gráfico en el explorador',
  },
  en: {
    cors: 'This chart could not load here: it is shown in a sandboxed frame, and the site that serves it does not let other pages read its files (it lacks the Access-Control-Allow-Origin header).',
    other: 'This chart could not load its files.',
    link: 'See the chart in the explorer',
  },
};

/** The parameters pym.js and the embed add; the explorer's link keeps the rest of the view. */
const EMBED_ONLY = ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

export const EMBED_FALLBACK_SCRIPT = `(function(){var T=${JSON.stringify(TEXT)},K=${JSON.stringify(EMBED_ONLY)},done=false;
function show(){var p=new URLSearchParams(location.search),t=T[p.get('lang')==='en'?'en':'es'],id=p.get('childId')||'',box=document.getElementById('embed-fallback');
if(!box)return;K.forEach(function(k){p.delete(k)});var q=p.toString(),a=document.createElement('a');
a.href='./'+(q?'?'+q:'');a.target='_blank';a.rel='noopener';a.textContent=t.link;
box.textContent=(self.origin==='null'?t.cors:t.other)+' ';box.appendChild(a);box.hidden=false;
var h=Math.ceil(document.documentElement.getBoundingClientRect().height);
if(window.parent!==window){window.parent.postMessage('pymxPYMx'+id+'xPYMxheightxPYMx'+h,'*');window.parent.postMessage({sentinel:'amp',type:'embed-size',height:h},'*')}}
addEventListener('error',function(e){var n=e.target&&e.target.tagName;if(done||(n!=='SCRIPT'&&n!=='LINK'))return;done=true;
if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',show);else show()},true)})()`;

/** The CSP source that allows exactly this script. */
export function embedFallbackSource(script: string = EMBED_FALLBACK_SCRIPT): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
