/**
 * Reads a Chromium trace (devtools.timeline and the V8 sampling profiler) of one page load:
 * the page's main thread, its tasks, and the time the samples spend with the extension's code
 * on the stack. Times are in milliseconds.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface PageCost {
  /** Time sampled with an extension frame anywhere on the stack (with the layout it forces). */
  extensionJs: number;
  /** The most of that inside any one main-thread task. */
  extensionInOneTask: number;
  /** The summed length of the main thread's top-level tasks. */
  mainThread: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The renderer main thread that parsed the page at `url`. */
function mainThreadOf(events: readonly TraceEvent[], url: string): { pid: number; tid: number } {
  const parse = events.find(
    (event) =>
      event.name === 'ParseHTML' && (event.args?.beginData as { url?: string } | undefined)?.url?.startsWith(url),
  );
  if (!parse) throw new Error(`The trace holds no ParseHTML of ${url}`);
  return { pid: parse.pid, tid: parse.tid };
}

/** Top-level tasks, sorted: a task nested inside another is part of it. */
function topLevelTasks(events: readonly TraceEvent[]): Array<[number, number]> {
  const tasks = events
    .filter((event) => event.ph === 'X' && TASK_NAMES.has(event.name))
    .map((event): [number, number] => [event.ts, event.ts + (event.dur ?? 0)])
    .sort((a, b) => a[0] - b[0]);
  const top: Array<[number, number]> = [];
  for (const task of tasks) {
    const last = top.at(-1);
    if (last && task[0] < last[1]) continue;
    top.push(task);
  }
  return top;
}

/** Each sample's time and whether the extension's code was on its stack, in time order. */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number, extensionUrl: string) {
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
  if (!profile) throw new Error('The trace holds no CPU profile of the page’s main thread');
  let time = (profile.args?.data as { startTime: number } | undefined)?.startTime ?? 0;
  const parents = new Map<number, number | undefined>();
  const own = new Map<number, boolean>();
  const samples: Array<{ at: number; extension: boolean }> = [];
  const onStack = (node: number | undefined): boolean => {
    for (let at = node; at !== undefined; at = parents.get(at)) if (own.get(at)) return true;
    return false;
  };
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.id !== profile.id || chunk.pid !== pid) continue;
    const data = chunk.args?.data as ChunkData;
    for (const node of data.cpuProfile?.nodes ?? []) {
      parents.set(node.id, node.parent);
      own.set(node.id, node.callFrame.url?.startsWith(extensionUrl) ?? false);
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, index) => {
      time += deltas[index] ?? 0;
      samples.push({ at: time, extension: onStack(node) });
    });
  }
  return samples.sort((a, b) => a.at - b.at);
}

/** The cost of one page load to its main thread, from the load's trace. */
export function pageCost(events: readonly TraceEvent[], url: string, extensionUrl: string | null): PageCost {
  const { pid, tid } = mainThreadOf(events, url);
  const tasks = topLevelTasks(events.filter((event) => event.pid === pid && event.tid === tid));
  const mainThread = tasks.reduce((sum, [start, end]) => sum + end - start, 0) / 1000;
  if (!extensionUrl) return { extensionJs: 0, extensionInOneTask: 0, mainThread };
  const samples = samplesOf(events, pid, tid, extensionUrl);
  let extensionJs = 0;
  const perTask = new Map<number, number>();
  let task = 0;
  samples.forEach((sample, index) => {
    if (!sample.extension) return;
    // A sample stands for the time until the next one.
    const interval = (samples[index + 1]?.at ?? sample.at) - sample.at;
    extensionJs += interval;
    while (task < tasks.length && (tasks[task] as [number, number])[1] < sample.at) task++;
    const current = tasks[task];
    if (current && current[0] <= sample.at) perTask.set(task, (perTask.get(task) ?? 0) + interval);
  });
  return { extensionJs: extensionJs / 1000, extensionInOneTask: Math.max(0, ...perTask.values()) / 1000, mainThread };
}
