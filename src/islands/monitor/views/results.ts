// The overviews' chunk, loaded by LazyResults.tsx with import() once the first file counts.
export { Results } from './ResultsView';
