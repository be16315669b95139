import type { MessageParams } from '../errors';
import type { MessageKey } from '../i18n/messages';
import type { MatrixProblem } from './matrix';
import type { AhpMethod } from './ahp';
import type { ObjectiveMethod } from './objective';
import type { RiTable } from './random-index';

/** A matrix problem as a message key and its parameters, for the CLI and the 权重 panel alike. */
export function matrixProblemMessage(p: MatrixProblem): { key: MessageKey; params: MessageParams } {
  const { kind, ...params } = p;
  return { key: `weights.matrix.${kind}`, params };
}

export const methodKey = (m: AhpMethod | ObjectiveMethod): MessageKey => `weights.method.${m}`;
export const riTableKey = (t: RiTable): MessageKey => `weights.ri.${t}`;

/** Figures as the panel and the CLI print them: four decimals, no trailing noise. */
export const fig = (x: number, digits = 4): string => x.toFixed(digits);
