const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 1…99, as plans write them (十七, 二十五). */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CN[tens]}十`}${CN[ones]}`;
}

/**
 * A plan of `items` items spread over sections of 25, numbered (1)…(N) running on across
 * sections, each with three sentences, like a long real plan. Deterministic.
 */
export function syntheticPlan(items: number): string {
  const lines = ['2030年度安全生产工作考核要点', '2030年是全面推进应急管理现代化的关键之年，各地要坚持安全发展。'];
  for (let i = 0; i < items; i++) {
    if (i % 25 === 0) lines.push(`${chineseNumber(i / 25 + 1)}、第${i / 25 + 1}部分重点工作`);
    lines.push(
      `（${i + 1}）第${i + 1}项重点工作。交通运输行业：整治第${i + 1}类隐患，落实监管责任。建筑施工行业：开展专项检查，建立台账。按季度报送工作进展情况。`,
    );
  }
  return lines.join('\n');
}
