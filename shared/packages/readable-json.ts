/**
 * JSON text for the package files, meant to be opened by a person as well as read back: one
 * top-level field per line, lists of records one record per line (a result package's entries
 * read like a table), other values indented. Far smaller than fully indented JSON, so large
 * packages parse faster.
 */
export function readableJson(value: object): string {
  const fields = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([key, v]) => {
      const head = `  ${JSON.stringify(key)}: `;
      if (Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object'))
        return `${head}[\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
      return `${head}${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}`;
    });
  return `{\n${fields.join(',\n')}\n}\n`;
}
