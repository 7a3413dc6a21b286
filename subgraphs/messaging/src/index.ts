export { messaging } from './subgraph.ts';
