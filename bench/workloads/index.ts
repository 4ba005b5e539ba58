import { coldJoin } from './coldJoin.ts';
import { fanOut } from './fanOut.ts';
import { idleConnections } from './idleConnections.ts';
import { joinStorm } from './joinStorm.ts';
import { type Section, section } from './Section.ts';

const TIMING = { warmupMs: 2_000, windowMs: 10_000, drainMs: 1_000 };

/** The workloads of issue 6, in order. */
export const sections: Section[] = [
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
  section(idleConnections),
];
