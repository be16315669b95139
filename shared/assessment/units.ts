import type { Unit } from './schema';

/** Guangxi's 14 prefecture-level cities in the official code order: a preset, not a rule. */
export const GUANGXI_CITIES: Unit[] = [
  ['450100', '南宁市'],
  ['450200', '柳州市'],
  ['450300', '桂林市'],
  ['450400', '梧州市'],
  ['450500', '北海市'],
  ['450600', '防城港市'],
  ['450700', '钦州市'],
  ['450800', '贵港市'],
  ['450900', '玉林市'],
  ['451000', '百色市'],
  ['451100', '贺州市'],
  ['451200', '河池市'],
  ['451300', '来宾市'],
  ['451400', '崇左市'],
].map(([code, name]) => ({ id: code!, code: code!, name: name! }));
