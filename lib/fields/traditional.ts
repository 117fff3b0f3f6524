import traditionalJson from './generated/traditional';

let simplifiedOf: Map<string, string> | undefined;

/**
 * Traditional to simplified characters (身份證號碼 → 身份证号码), for portals and staff in
 * Hong Kong, Macao and Taiwan, by the table traditional-data.ts builds at build time. Read on
 * first use, or by prepareClassifier in a task of its own.
 */
export function toSimplified(text: string): string {
  simplifiedOf ??= new Map(JSON.parse(traditionalJson) as Array<[string, string]>);
  let result = '';
  for (const char of text) result += simplifiedOf.get(char) ?? char;
  return result;
}
