import { readdirSync, readFileSync } from 'node:fs';
import { SERVER_CPU } from '../scheduling.ts';

const TICK_NS = 1e7;

/**
 * CPU time a process has used, in nanoseconds: the sum of its threads'
 * `schedstat` run times, exact where `/proc/<pid>/stat` counts 10 ms ticks.
 */
export function cpuNs(pid: number): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return total;
}

/** Time a CPU was busy with anything (`/proc/stat`, 10 ms ticks), in nanoseconds. */
export function cpuBusyNs(cpu: string): number {
  const line = readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`cpu${cpu} `));
  if (!line) throw new Error(`no cpu${cpu} in /proc/stat`);
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * TICK_NS;
}

/** Resident memory of a process in bytes (`VmRSS` of `/proc/<pid>/status`). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/** A stopwatch over a server's CPU, the driver's own, and whatever else ran on the server's CPU. */
export interface CpuWindow {
  /** Server CPU in ms since the window opened. */
  serverMs(): number;
  /** Driver CPU since the window opened, as a share of one core. */
  driverShare(): number;
  /** Share of the server's CPU taken by other processes since the window opened: noise in the figures. */
  otherShare(): number;
}

export function openCpuWindow(serverPid: number): CpuWindow {
  const server = cpuNs(serverPid);
  const busy = cpuBusyNs(SERVER_CPU);
  const driver = process.cpuUsage();
  const start = performance.now();
  const elapsedNs = () => (performance.now() - start) * 1e6;
  return {
    serverMs: () => (cpuNs(serverPid) - server) / 1e6,
    driverShare: () => {
      const used = process.cpuUsage(driver);
      return ((used.user + used.system) * 1000) / elapsedNs();
    },
    otherShare: () => Math.max(0, cpuBusyNs(SERVER_CPU) - busy - (cpuNs(serverPid) - server)) / elapsedNs(),
  };
}

/**
 * A stopwatch over the share of `cpu` that processes other than this one
 * used since the call (0–1): how much the machine disturbed a measurement
 * running in this process on that CPU.
 */
export function watchOtherLoad(cpu: string): () => number {
  const busy = cpuBusyNs(cpu);
  const own = process.cpuUsage();
  const start = performance.now();
  return () => {
    const used = process.cpuUsage(own);
    const ownNs = (used.user + used.system) * 1000;
    return Math.max(0, cpuBusyNs(cpu) - busy - ownNs) / ((performance.now() - start) * 1e6);
  };
}

/**
 * Fails early, with the fix, when this process may not open `sockets` more
 * files (the servers under test inherit the same limit): past it, clients
 * would fail to connect halfway through a workload.
 */
export function requireOpenFiles(sockets: number): void {
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  const limit = match?.[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(match?.[1] ?? 0);
  const needed = sockets + 200;
  if (limit < needed) {
    throw new Error(
      `${sockets} sockets need more open files than allowed (${limit}): raise the limit first, e.g. \`ulimit -n ${needed}\` ` +
        '(at most the hard limit, `ulimit -Hn`)',
    );
  }
}
