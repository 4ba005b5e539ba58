/** Node's flags for the server wherever it runs for real (`npm start`, the container, the benchmark). */
export const SERVER_NODE_FLAGS: readonly string[];
