/** Reading and checking static feeds entry by entry. */
export {
  parseFeed,
  warnLeftOut,
  type LeftOutEntry,
  type ParseFeedOptions,
  type ParsedFeed,
} from './parse-feed.js';
export { validateFeed } from './validate-feed.js';
