import type { FillEvent, Provenance, Submission } from '../domain/records';

/**
 * The events as the statistics page receives them: sources, keys and entity ids listed once,
 * each event one short line of indices. 100,000 submissions as objects are some 60 MB to
 * send between extension pages, past what a message carries; packed they are a tenth of that.
 */
export interface PackedEvents {
  sources: Provenance[];
  keys: string[];
  entities: string[];
  /**
   * `at|source|ms|entities|keys`: each key's index, then f (filled), t (typed), b (filled, then
   * typed over) or - (neither); ! before it when the form did not list it as asked.
   */
  submissions: string[];
  /** `at|source|secondsSaved|undone|keys`. */
  fills: string[];
}

function interner<T>(identity: (value: T) => string) {
  const index = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    of(value: T): number {
      const id = identity(value);
      let found = index.get(id);
      if (found === undefined) {
        found = values.length;
        values.push(value);
        index.set(id, found);
      }
      return found;
    },
  };
}

export function packEvents(submissions: readonly Submission[], fills: readonly FillEvent[]): PackedEvents {
  const sources = interner<Provenance>((source) => JSON.stringify(source));
  const keys = interner<string>((key) => key);
  const entities = interner<string>((id) => id);
  const mark = (key: string, filled: ReadonlySet<string>, typed: ReadonlySet<string>) =>
    `${keys.of(key).toString(36)}${filled.has(key) ? (typed.has(key) ? 'b' : 'f') : typed.has(key) ? 't' : '-'}`;
  const packedSubmissions = submissions.map((submission) => {
    const filled = new Set(submission.fieldsFilled);
    const typed = new Set(submission.fieldsTyped);
    // A key filled or typed that the form's asked list missed still counts as reported.
    const listed = [...new Set([...submission.fieldsAsked, ...submission.fieldsFilled, ...submission.fieldsTyped])];
    const asked = new Set(submission.fieldsAsked);
    const fields = listed.map((key) => `${asked.has(key) ? '' : '!'}${mark(key, filled, typed)}`).join(',');
    const ids = submission.entityIds.map((id) => entities.of(id).toString(36)).join(',');
    return `${submission.submittedAt}|${sources.of(submission.source)}|${submission.focusToSubmitMs ?? ''}|${ids}|${fields}`;
  });
  const packedFills = fills.map(
    (fill) =>
      `${fill.at}|${sources.of(fill.source)}|${fill.secondsSaved}|${fill.undone ? 1 : 0}|${fill.keys.map((key) => keys.of(key).toString(36)).join(',')}`,
  );
  return {
    sources: sources.values,
    keys: keys.values,
    entities: entities.values,
    submissions: packedSubmissions,
    fills: packedFills,
  };
}

const list = (text: string | undefined) => (text ? text.split(',') : []);

export function unpackEvents(packed: PackedEvents): { submissions: Submission[]; fills: FillEvent[] } {
  const key = (code: string) => packed.keys[Number.parseInt(code, 36)] as string;
  const source = (index: string | undefined) => packed.sources[Number(index)] as Provenance;
  const submissions = packed.submissions.map((line): Submission => {
    const [at, from, ms, ids, fields] = line.split('|');
    const fieldsAsked: string[] = [];
    const fieldsFilled: string[] = [];
    const fieldsTyped: string[] = [];
    for (const field of list(fields)) {
      const unasked = field.startsWith('!');
      const name = key(field.slice(unasked ? 1 : 0, -1));
      if (!unasked) fieldsAsked.push(name);
      const flag = field.at(-1);
      if (flag === 'f' || flag === 'b') fieldsFilled.push(name);
      if (flag === 't' || flag === 'b') fieldsTyped.push(name);
    }
    return {
      source: source(from),
      submittedAt: Number(at),
      fieldsAsked,
      fieldsFilled,
      fieldsTyped,
      focusToSubmitMs: ms === '' ? null : Number(ms),
      entityIds: list(ids).map((code) => packed.entities[Number.parseInt(code, 36)] as string),
    };
  });
  const fills = packed.fills.map((line): FillEvent => {
    const [at, from, seconds, undone, keys] = line.split('|');
    return {
      source: source(from),
      at: Number(at),
      secondsSaved: Number(seconds),
      undone: undone === '1',
      keys: list(keys).map(key),
    };
  });
  return { submissions, fills };
}
