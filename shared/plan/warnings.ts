import type { Translate } from '../i18n/messages';
import type { PlanWarning } from './types';

/** A plan warning in the user's language. */
export function planWarningMessage(warning: PlanWarning, t: Translate): string {
  return t(`warning.${warning.code}`, warning.params);
}
