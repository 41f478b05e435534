// How a bot process sets up its memory: it holds the whole knowledge base
// (a quarter of a gigabyte at a thousand articles) and answers questions that
// each allocate a few hundred kilobytes and keep none of it.
//
// - V8's allocation-site pretenuring is off. Loading the base keeps nearly
//   everything it allocates, so V8 learns to allocate at those sites straight
//   into the old generation; several of them go on to allocate each
//   question's short-lived objects, which then pile up there until a full
//   collection. Off: at 1,000 articles the heap after 20,000 questions is about
//   40 MB smaller and the RSS about 70 MB smaller, the latency the same
//   (README, "At scale").
// - glibc's malloc arenas are capped (MALLOC_ARENA_MAX): V8's optimising
//   compiler works on threads of its own, each of which grows an arena that it
//   barely gives back (about 80 MB at 1,000 articles). glibc reads it when the
//   process starts, so `npm start` sets it before Node starts (package.json),
//   and whoever runs node dist/src/bin/start.js directly sets it as well.
// - glibc's mmap threshold is fixed at 1 MB (MALLOC_MMAP_THRESHOLD_) and its
//   trim threshold at 16 MB (MALLOC_TRIM_THRESHOLD_), set the same way. By
//   default glibc raises the mmap threshold to the size of the largest block
//   freed: the start reads its stored files whole (29, 17, 12 and 6 MB at
//   1,000 articles) and frees some of them, so later blocks of megabytes land
//   in the main heap, which gives memory back only from its top: 60-100 MB
//   stayed there, free but held, after 20,000 questions. Fixed, a block of a
//   megabyte or more is mapped on its own and returned when freed. Not lower:
//   at glibc's own 128 KB (and its 128 KB trim threshold, which fixing the
//   mmap threshold also fixes) the blocks a question allocates were mapped,
//   trimmed and faulted in again, each question 10-15 % slower (README, "At
//   scale").
// - glibc backs its large blocks with transparent huge pages where the
//   system leaves them to the program (GLIBC_TUNABLES=glibc.malloc.hugetlb=1,
//   set the same way; THP "madvise", the default of many distributions and of
//   the VM the bench runs on). A first touch of memory costs a page fault
//   every 4 KB, about 3 ms per MB on that VM: the start's stored files (72 MB
//   at 1,000 articles) and what they are decoded into took 200 ms and more of
//   a start only to fault them in; with 2 MB pages, 15 ms. Only glibc's
//   blocks: V8 maps its heap itself. The cold start to the first answer at
//   1,000 articles went from 3.06 to 2.67 s (medians of seven, alternated, on
//   a VM another process kept one core of busy), the RSS the same.
// - Once the engine is built, V8 optimises for size (--optimize-for-size, set
//   at run time by whileLoading(), which turns it off again for each load).
//   Answering keeps about 140 MB alive and promotes a little of each
//   question's garbage, so the old generation fills slowly; by default V8 lets
//   it grow to several times what survived the last full collection before
//   collecting again, and a collection frees space only inside the pages it
//   sweeps, which stay committed. Where in that cycle the bench read the RSS
//   decided whether it was 370 or 650 MB. Optimising for size, each full
//   collection also compacts fragmented pages and gives their free space back,
//   the old generation is collected about twice as often, and the young
//   generation shrinks from its 32 MB (twice as many scavenges, each cheaper):
//   at 1,000 articles the RSS after 20,000 questions was 317-365 MB against
//   368-419 MB without it (six runs each, alternated), the latency the same
//   (README, "At scale"). Not while
//   loading: the load keeps nearly all it allocates, and with a young
//   generation that no longer grows it is collected over and over (the engine
//   ready in 2.0 s instead of 1.1 s; a reload 2.6-3.5 s instead of 0.8-1.1 s).
//   Not --heap-growing-percent alone (10-50 %): 390-430 MB, the space it
//   saves left committed in half-empty pages.
// - One full collection once the flags above are on, at the next turn of the
//   event loop (the bot is logging in to Discord then; a reload has answered
//   its caller). The flag alone does not move the old generation's limit: V8
//   sets it at each full collection, to several times what that collection
//   found alive, and the last one of a load came wherever the load's
//   allocations put it. At 1,000 articles it came late enough to find 106 MB
//   alive: no collection ran in the next 20,000 questions and the RSS ended at
//   600-680 MB (where it had found 68 MB, a collection came after a few
//   thousand questions and the RSS ended near 300 MB). Collected with the
//   flag on, the next limit is close to what is alive and later collections
//   reduce the heap: the RSS no longer depends on where the load's last
//   collection fell (README, "At scale"). Not during the load itself: it
//   takes 80-170 ms, which the first answer would wait for. (Before
//   30 November's flag, such a collection did not help: with V8's default
//   growth the heap grew back as far.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8 flags a bot process sets for itself before it loads the knowledge base (they take effect at run time). */
export const BOT_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

/** Environment a bot process is started with (package.json's start scripts; the bench's processes that stand in for the bot). */
export const BOT_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '1048576',
  MALLOC_TRIM_THRESHOLD_: '16777216',
  GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1',
};

/** V8 flags a bot process answers with, once its engine is built (whileLoading() sets them). */
export const ANSWERING_V8_FLAGS: readonly string[] = ['--optimize-for-size'];

let tuned = false;

/** Sets BOT_V8_FLAGS in this process: call it first thing, before the knowledge base is loaded. */
export function tuneHeap(): void {
  for (const flag of BOT_V8_FLAGS) setFlagsFromString(flag);
  tuned = true;
}

/**
 * Loads the knowledge base and builds the engine (`build`) with V8 set up for
 * loading, then for answering (ANSWERING_V8_FLAGS), at start and at each
 * reload. Only in a process that called tuneHeap(): elsewhere (tests, tools)
 * it is build() alone.
 */
export function whileLoading<T>(build: () => T): T {
  if (!tuned) return build();
  for (const flag of ANSWERING_V8_FLAGS) setFlagsFromString(flag.replace(/^--/, '--no-'));
  try {
    return build();
  } finally {
    for (const flag of ANSWERING_V8_FLAGS) setFlagsFromString(flag);
    // (Unref'd: it never keeps a process alive that has nothing else to do.)
    setImmediate(collectOnce).unref();
  }
}

let collect: (() => void) | undefined;

/** One full collection, V8's gc() taken from a context of its own (the process need not start with --expose-gc). */
function collectOnce(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
