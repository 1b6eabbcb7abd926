// The dependency rules of the SDK and the widgets (issue 18): no circles, and no arrows up.
//   pnpm lint:deps   checks both packages (pnpm lint runs it after ESLint and Prettier)
// Type-only imports count (tsPreCompilationDeps): a type that points up is an arrow up too.
// Test and story files may import across layers (a test of hours may use the fixture feed), but
// they may not close a circle.

const SDK = '^packages/sdk/src/';
const WIDGETS = '^packages/widgets/src/';
const TESTS = '\\.(test|stories)\\.ts$';

/** A regex source matching any of the given folders (or files) below a package root. */
const anyOf = (root, parts) => `${root}(${parts.join('|')})`;

/**
 * One `forbidden` rule per layer: a module in a layer may import its own layer and the ones
 * below, never one above. With `siblings: false` a folder of the layer may not import the
 * layer's other folders either (they stay independent). Parts are folders (`hours/`) or entry
 * files (`index\\.ts$`).
 */
function layerRules(prefix, root, layers) {
  return layers.flatMap((layer, index) => {
    const above = layers.slice(index + 1).flatMap((l) => l.parts);
    const rules = [];
    if (above.length > 0) {
      rules.push({
        name: `${prefix}-no-arrow-up-from-${layer.name}`,
        comment: `${layer.name} (${layer.parts.join(', ')}) may not import a higher layer.`,
        severity: 'error',
        from: { path: anyOf(root, layer.parts), pathNot: TESTS },
        to: { path: anyOf(root, above) },
      });
    }
    if (layer.siblings === false && layer.parts.length > 1) {
      rules.push({
        name: `${prefix}-no-sideways-in-${layer.name}`,
        comment: `The folders of ${layer.name} are independent: each imports only layers below.`,
        severity: 'error',
        from: { path: `${root}(${layer.parts.join('|')})`, pathNot: TESTS },
        to: { path: anyOf(root, layer.parts), pathNot: `${root}$1` },
      });
    }
    return rules;
  });
}

/** Low to high. Each folder imports only its own files and the layers below it. */
const SDK_LAYERS = [
  { name: 'errors', parts: ['errors/'] },
  { name: 'schemas', parts: ['schemas/'] },
  { name: 'taxonomy-data', parts: ['taxonomy/'] },
  {
    name: 'domain',
    parts: ['contract/', 'hours/', 'geo/', 'privacy/', 'feed/', 'stats/', 'outbox/'],
    siblings: false,
  },
  { name: 'sources', parts: ['sources/'] },
  { name: 'client', parts: ['client/'] },
  { name: 'entries', parts: ['index\\.ts$', 'node\\.ts$'] },
  { name: 'testing', parts: ['testing/'] },
];

/**
 * Low to high. `testing/` stands above them all (a fixture may wrap an element in `<ido-provider>`),
 * and only tests and stories may import it (rule below).
 */
const WIDGETS_LAYERS = [
  { name: 'floor', parts: ['styles/', 'localization/', 'events/', 'context/'] },
  { name: 'controllers', parts: ['controllers/'] },
  { name: 'base', parts: ['base/'] },
  { name: 'shared', parts: ['shared/'] },
  { name: 'components', parts: ['components/'] },
  { name: 'entries', parts: ['index\\.ts$', 'define\\.ts$', 'catalog\\.ts$', 'loader/'] },
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle (type-only imports included) means two modules are one; split or merge.',
      severity: 'error',
      from: { path: anyOf('^packages/', ['sdk/src/', 'widgets/src/']) },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would hide its arrow from every other rule.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    ...layerRules('sdk', SDK, SDK_LAYERS),
    ...layerRules('widgets', WIDGETS, WIDGETS_LAYERS),
    {
      name: 'widgets-no-component-to-component',
      comment: 'A component folder uses no other component folder: share through shared/ instead.',
      severity: 'error',
      from: { path: `${WIDGETS}components/([^/]+)/`, pathNot: TESTS },
      to: { path: `${WIDGETS}components/`, pathNot: `${WIDGETS}components/$1/` },
    },
    {
      name: 'widgets-only-tests-use-testing',
      comment: 'Only tests and stories use the test helpers.',
      severity: 'error',
      from: { path: WIDGETS, pathNot: [`${WIDGETS}testing/`, TESTS] },
      to: { path: `${WIDGETS}testing/` },
    },
  ],
  options: {
    // Only the two packages' own sources: @idokit/sdk as the widgets see it is its public API.
    includeOnly: '^packages/(sdk|widgets)/src/',
    tsPreCompilationDeps: true,
    progress: { type: 'none' },
  },
};
