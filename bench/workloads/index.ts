import { coldJoin } from './coldJoin.ts';
import { fanOut } from './fanOut.ts';
import { hall } from './hall.ts';
import { idleConnections } from './idleConnections.ts';
import { joinStorm } from './joinStorm.ts';
import { type Section, section } from './Section.ts';

const TIMING = { warmupMs: 2_000, windowMs: 10_000, drainMs: 1_000 };

export interface SectionOptions {
  /**
   * `--scale`: multiplies the number of clients of (g) and (h) (writers, rates
   * and rooms stay), to try them at small scale on a busy machine. 1 for figures.
   */
  scale: number;
}

/** The workloads of issue 6, and of issue 14 from (g), in order. */
export function sections({ scale }: SectionOptions): Section[] {
  return [
    section(
      fanOut({
        id: 'a',
        title: 'One room, 200 clients, 5 writers',
        rooms: 1,
        clientsPerRoom: 200,
        writersPerRoom: 5,
        rateHz: 10,
        awarenessHz: 0,
        ...TIMING,
      }),
    ),
    section(
      fanOut({
        id: 'b',
        title: 'One room, 200 clients, 5 writers, awareness',
        rooms: 1,
        clientsPerRoom: 200,
        writersPerRoom: 5,
        rateHz: 10,
        awarenessHz: 1,
        ...TIMING,
      }),
    ),
    section(
      fanOut({
        id: 'c',
        title: '20 rooms of 10 clients, 2 writers each, awareness',
        rooms: 20,
        clientsPerRoom: 10,
        writersPerRoom: 2,
        rateHz: 5,
        awarenessHz: 1,
        ...TIMING,
      }),
    ),
    section(coldJoin),
    section(joinStorm),
    section(idleConnections({ id: 'f', rooms: 1, perRoom: 1_000, idleMs: 3_000, rssGoal: 15 * 1024 })),
    section(
      hall({
        id: 'g',
        clients: Math.round(1_000 * scale),
        writers: 5,
        rateHz: 10,
        presencePeriodMs: 10_000,
        sampled: 50,
        scale,
        ...TIMING,
      }),
    ),
    section(
      idleConnections({
        id: 'h',
        rooms: 50,
        perRoom: Math.round(100 * scale),
        idleMs: 10_000,
        scale,
        totalRss: true,
      }),
    ),
  ];
}
