// The renderer's Content-Security-Policy: only the app's own files, nothing remote, no eval.
// Inline styles set through the DOM (React's style prop, chart.js) are not affected by
// style-src; style attributes in markup are, and the app has none.

/** The scheme the renderer is served from (a custom protocol rather than file://). */
export const APP_SCHEME = 'kaoping';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

const DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'none'",
  'media-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'self'",
  'child-src': "'none'",
  'manifest-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

const join = (entries: [string, string][]) => entries.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy as one header value (sent with every file of the renderer). */
export const CONTENT_SECURITY_POLICY = join(Object.entries(DIRECTIVES));

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (the header does). */
export const META_CONTENT_SECURITY_POLICY = join(Object.entries(DIRECTIVES).filter(([k]) => k !== 'frame-ancestors'));
