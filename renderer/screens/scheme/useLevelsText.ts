import { useState } from 'react';
import { useT } from '../../i18n/setup';
import { levelsText, parseLevels } from './scheme-draft';

type Level = { label: string; points: number };

/**
 * The text of a levels input ("完成:20；基本完成:10"), kept as typed while it is being edited, but
 * following the levels when they change from outside: an import that brings other levels under
 * the same id (b1, 1.2) must show them, not the text typed for the item that was there before.
 */
export function useLevelsText(levels: Level[]): [string, (text: string) => void] {
  const separator = useT()('list.separator');
  const outside = levelsText(levels, separator);
  const [text, setText] = useState(outside);
  const [seen, setSeen] = useState(outside);
  if (seen !== outside) {
    // Adjusting state while rendering (React's pattern for props that change): no effect, no flash of the old text.
    setSeen(outside);
    const typed = parseLevels(text);
    if (!typed || levelsText(typed, separator) !== outside) setText(outside);
  }
  return [text, setText];
}
