// An error trap for engines whose driver reports no console messages (WebKit's classic
// WebDriver). Put into a copy of a page as its first script, with its hash added to the page's
// CSP, it keeps console errors and warnings, uncaught errors, unhandled rejections and CSP
// violations in sessionStorage (so they survive a reload) for `engines.mjs` to read.
import { createHash } from 'node:crypto';

export const TRAP = '__hsiTestProblems';

const SCRIPT = `(() => {
  window.${TRAP} = true;
  const keep = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem('${TRAP}') || '[]');
      list.push(String(text).slice(0, 500));
      sessionStorage.setItem('${TRAP}', JSON.stringify(list));
    } catch (_) { /* storage unavailable: nothing to keep it in */ }
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) { keep('console ' + level + ': ' + args.join(' ')); return original.apply(this, args); };
  }
  addEventListener('error', (e) => keep('page error: ' + (e.message || (e.target && e.target.src) || e)), true);
  addEventListener('unhandledrejection', (e) => keep('page error: ' + e.reason));
  addEventListener('securitypolicyviolation', (e) => keep('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
})();`;

const HASH = `'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`;

/** The page with the trap as its first script, allowed by its CSP if it has one. */
export function withTrap(html) {
  const script = `<script>${SCRIPT}</script>`;
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="[^"]*"\s*\/?>/i;
  const policy = html.match(meta);
  if (policy) {
    if (!policy[0].includes('script-src ')) throw new Error('the page has a CSP without script-src: the trap would be blocked');
    const allowed = policy[0].replace('script-src ', `script-src ${HASH} `);
    return html.replace(meta, () => `${allowed}${script}`);
  }
  const charset = /<meta charset="?[\w-]+"?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('the page has no <meta charset> to put the trap after');
  return html.replace(charset, (m) => `${m}${script}`);
}
