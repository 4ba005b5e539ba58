export { readThread, readThreads, THREADS_MAP, threadsMap, writeThread } from './threadsDoc.ts';
