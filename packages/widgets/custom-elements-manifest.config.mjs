// `cem analyze` reads this file: the manifest (custom-elements.json) is generated from the
// elements' JSDoc (@summary, @slot, @event, @csspart, @cssproperty, @cssstate) and feeds
// Storybook's docs and editors. Only public element sources: no tests, stories or harness.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
