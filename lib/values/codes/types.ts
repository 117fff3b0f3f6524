/** One entry of a national code list: the code, its standard name, and other ways people write it. */
export type CodeEntry = { readonly code: string; readonly name: string; readonly synonyms: readonly string[] };

export type CodeList = ReadonlyArray<CodeEntry>;
