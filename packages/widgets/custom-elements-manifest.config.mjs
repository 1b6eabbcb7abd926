// `cem analyze` reads this file: the manifest (custom-elements.json) is generated from the
// elements' JSDoc (@summary, @slot, @event, @csspart, @cssproperty, @cssstate) and feeds
// Storybook's docs and editors. Only public element sources: no tests, stories or harness.
// From the same manifest, break-stuff's generators write JSX `IntrinsicElements` (React 19, Preact,
// Solid) and VS Code's HTML custom data (completion and hover docs in .html files) into types/;
// scripts/framework-entries.mjs writes Vue's `GlobalComponents` (types/vue.d.ts) and the React
// components of `@idokit/widgets/react` (src/react.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { ATTRIBUTE_VALUE, reactEntry, vueTypes } from './scripts/framework-entries.mjs';

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

/**
 * Copies IDO Kit's own tags from an element's JSDoc header into its manifest entry, for the lists
 * made from the manifest (the WordPress plugin's, the embedding guide's), so a new element needs
 * no edit to them:
 * - `@wordpressIcon <dashicon>`: the block's icon (default: a generic one);
 * - `@wordpressBlock none`: no block or shortcode (a wrapper such as `<ido-provider>`);
 * - `@embedExample <attributes>`: the attributes of the guide's example (`query="3511 AB" map`);
 * - `@embedValues <attributes>`: example values in the guide's attribute table.
 */
function idokitTags() {
  const TAGS = ['wordpressIcon', 'wordpressBlock', 'embedExample', 'embedValues'];
  return {
    name: 'idokit-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      for (const doc of node.jsDoc ?? []) {
        for (const tag of doc.tags ?? []) {
          const name = tag.tagName.getText();
          if (!TAGS.includes(name)) continue;
          const comment =
            typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
          declaration[name] = (comment ?? '').replace(/\s+/g, ' ').trim();
        }
      }
    },
  };
}

/**
 * The manifest as the generators need it: every attribute names the property a framework sets
 * (`lang` → HTMLElement's `lang`; `location` → `.location`, which takes the id as well as an
 * object) and is typed as that property or the attribute's string; read-only getters (`t`,
 * `locale`, …) are not offered as props.
 */
function shapeForFrameworks(manifest) {
  const shaped = structuredClone(manifest);
  for (const mod of shaped.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement) continue;
      const members = declaration.members ?? [];
      const name = declaration.name;
      for (const attribute of declaration.attributes ?? []) {
        const same = members.find((m) => m.kind === 'field' && m.name === attribute.name);
        if (same) {
          attribute.fieldName = same.name;
          same.attribute = attribute.name;
        }
        attribute.fieldName ??= attribute.name;
        // The typed value, or the text the attribute takes (the element converts it).
        attribute.frameworkType = { text: `AttributeValue<${name}["${attribute.fieldName}"]>` };
      }
      declaration.members = members.filter((m) => !(m.kind === 'field' && m.readonly));
      for (const member of declaration.members) {
        member.frameworkType = { text: `${name}["${member.name}"]` };
      }
    }
  }
  return shaped;
}

/**
 * Mends to the generated JSX .d.ts: the import of the classes its types name (every element and
 * event class, once) and the `AttributeValue` type its props use, and handlers typed with the
 * event itself (`(e: IdoSearchEvent) => void`, whose `detail` is typed) rather than
 * `CustomEvent<IdoSearchEvent>`.
 */
function mendTypes(file) {
  let text = readFileSync(file, 'utf8').replace(/CustomEvent<(Ido\w+Event)>/g, '$1');
  const names = [...new Set(text.match(/\bIdo[A-Z]\w*\b/g) ?? [])].filter(
    (n) => !n.endsWith('Props'),
  );
  const imports = `import type { ${names.sort().join(', ')} } from "@idokit/widgets";\n\n${ATTRIBUTE_VALUE}`;
  writeFileSync(file, imports + text);
}

/** Writes `file` only when its text changed (src/react.ts is a build input). */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(file, text);
}

/**
 * Writes types/jsx.d.ts, types/vue.d.ts, the VS Code custom data and the React entry
 * (src/react.ts) from the manifest.
 */
function frameworkTypings() {
  const common = { outdir: 'types', typesSrc: 'frameworkType', hideLogs: true };
  return {
    name: 'idokit-framework-typings',
    packageLinkPhase({ customElementsManifest }) {
      const shaped = shapeForFrameworks(customElementsManifest);
      generateJsxTypes(shaped, { ...common, fileName: 'jsx.d.ts' });
      generateVsCodeCustomElementData(shaped, {
        outdir: 'types',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
        hideLogs: true,
      });
      mendTypes('types/jsx.d.ts');
      writeFileSync('types/vue.d.ts', vueTypes(customElementsManifest));
      writeIfChanged('src/react.ts', reactEntry(customElementsManifest));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/testing/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [idokitTags(), publicMembersOnly(), frameworkTypings()],
};
