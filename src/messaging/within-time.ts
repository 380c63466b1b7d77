// An answer that may come late: `fallback` when `answer` has not settled within `ms`, so one slow
// reply (a background still waking, a browser that delays a message) never holds up another.
export function withinTime<T>(answer: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
