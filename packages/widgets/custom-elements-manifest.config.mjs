// `cem analyze` reads this file: the manifest (custom-elements.json) is generated from the
// elements' JSDoc (@summary, @slot, @event, @csspart, @cssproperty, @cssstate) and feeds
// Storybook's docs and editors. Only public element sources: no tests, stories or harness.

/** Drops private and protected members (controllers, internals): the manifest is the public API. */
function publicMembersOnly() {
  return {
    name: 'idokit-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicMembersOnly()],
};
