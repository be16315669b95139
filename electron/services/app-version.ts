import pkg from '../../package.json' with { type: 'json' };

/** The app's version, written into every file it saves and shown on every report. */
export const APP_VERSION: string = pkg.version;
