// What `cem analyze` writes for frameworks from the manifest, beside break-stuff's generators:
// - src/react.ts, the `@idokit/widgets/react` entry: one @lit/react component per element, with
//   camelCase props and `onIdoLocationSelect`-style handlers that TypeScript checks;
// - types/vue.d.ts, Vue's `GlobalComponents` as Vue's template checker (vue-tsc, also with
//   `strictTemplates`) reads them: camelCase props (`open-now` is looked up as `openNow`), the
//   events as `onIdo…` handlers (what `@ido-location-select` becomes) and the HTML attributes
//   every element takes (`id`, `class`, `style`, `hidden`, …).
// Both are plain functions of the manifest, so a test can compare a committed file with them.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `ido-location-select` → `IdoLocationSelect`. */
export const pascal = (name) =>
  name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());

/** `open-now` → `openNow`, as Vue's template compiler camelizes an attribute. */
export const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

/** The elements of the manifest that have a tag, by tag. */
export function taggedElements(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({ ...declaration, path: mod.path });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * An attribute's value as a framework writes it: the property's type, or its text form where the
 * element converts one (`radius="10"`, `open-now=""`, `services="walk-in,by-phone"`). A property
 * typed as a set of words (`show`, `group-by`) takes those words only, so `show="weekly"` is an
 * error; a number or a flag takes its own text form, not any text.
 */
export const ATTRIBUTE_VALUE = `/** An attribute's value as a framework writes it: the property's type, or its text form. */
type AttributeValue<T> = T extends boolean
  ? T | ""
  : T extends number
    ? T | \`\${number}\`
    : T extends string
      ? T
      : T | string;
`;

const comment = (text, indent = '') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** The source of src/react.ts. */
export function reactEntry(manifest) {
  const elements = taggedElements(manifest);
  const eventClasses = [
    ...new Set(elements.flatMap((e) => (e.events ?? []).map((ev) => ev.type?.text))),
  ]
    .filter(Boolean)
    .sort();
  let out = `// Generated from custom-elements.json by scripts/framework-entries.mjs (\`pnpm typings\`).
/**
 * \`@idokit/widgets/react\`: IDO Kit's elements as React components, made with @lit/react. Props
 * are the elements' properties in camelCase (\`openNow\`, \`headingLevel\`, \`location\` as an id or a
 * Location object), set as properties; events are \`onIdoLocationSelect\`-style handlers that get
 * the typed event. TypeScript checks both, which it cannot do for hyphenated names in plain JSX.
 * Importing this module defines the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
`;
  for (const element of elements) {
    const from = `./${element.path.replace(/^src\//, '').replace(/\/[^/]+\.ts$/, '/define.js')}`;
    out += `import { ${element.name} as ${element.name}Element } from '${from}';\n`;
  }
  out += `import type {\n${eventClasses.map((c) => `  ${c},\n`).join('')}} from './events/index.js';\n`;
  for (const element of elements) {
    out += `\n${comment(`\`<${element.tagName}>\`: ${element.summary ?? ''}`)}`;
    out += `export const ${element.name} = createComponent({\n`;
    out += `  tagName: '${element.tagName}',\n`;
    out += `  elementClass: ${element.name}Element,\n`;
    out += `  react: React,\n`;
    out += `  events: {\n`;
    for (const event of element.events ?? []) {
      out += `${comment(event.description, '    ')}`;
      out += `    on${pascal(event.name)}: '${event.name}' as EventName<${event.type?.text ?? 'Event'}>,\n`;
    }
    out += `  },\n});\n`;
  }
  return prettier(out, 'src/react.ts');
}

/** `text` as the repository's Prettier writes it (a committed file must pass `prettier --check`). */
function prettier(text, file) {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('prettier/package.json')), 'bin/prettier.cjs');
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const result = spawnSync(process.execPath, [bin, '--stdin-filepath', file], {
    cwd,
    input: text,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`prettier failed on ${file}: ${result.stderr}`);
  return result.stdout;
}

/** The source of types/vue.d.ts. */
export function vueTypes(manifest) {
  const elements = taggedElements(manifest);
  const names = new Set(elements.map((e) => e.name));
  for (const e of elements)
    for (const ev of e.events ?? []) if (ev.type?.text) names.add(ev.type.text);
  let out = `// Generated from custom-elements.json by scripts/framework-entries.mjs (\`pnpm typings\`).
// Vue's template checker looks a component's attributes up camelized (\`open-now\` as \`openNow\`)
// and \`@ido-search\` as \`onIdoSearch\`; the HTML attributes every element takes come from Vue's own.
import type { DefineComponent, HTMLAttributes, ReservedProps } from "vue";
import type { ${[...names].sort().join(', ')} } from "@idokit/widgets";

${ATTRIBUTE_VALUE}`;
  for (const element of elements) {
    const members = element.members ?? [];
    out += `\nexport type ${element.name}VueProps = {\n`;
    const seen = new Set();
    for (const attribute of element.attributes ?? []) {
      const field =
        members.find((m) => m.kind === 'field' && m.name === attribute.name) ??
        members.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
      const key = camel(attribute.name);
      if (seen.has(key)) continue;
      seen.add(key);
      // `lang` and the like are HTMLElement's own, not in the manifest's members.
      const type = field ? `AttributeValue<${element.name}["${field.name}"]>` : 'string';
      out += comment(attribute.description, '  ');
      out += `  ${key}?: ${type};\n`;
    }
    for (const member of members) {
      if (member.kind !== 'field' || member.static || member.readonly || seen.has(member.name))
        continue;
      if (member.privacy === 'private' || member.privacy === 'protected') continue;
      seen.add(member.name);
      out += comment(member.description, '  ');
      out += `  ${member.name}?: ${element.name}["${member.name}"];\n`;
    }
    for (const event of element.events ?? []) {
      out += comment(event.description, '  ');
      out += `  on${pascal(event.name)}?: (event: ${event.type?.text ?? 'Event'}) => void;\n`;
    }
    out += `};\n`;
  }
  out += `\ndeclare module "vue" {\n  interface GlobalComponents {\n`;
  for (const element of elements) {
    out += comment(element.summary, '    ');
    out += `    "${element.tagName}": DefineComponent<\n      ${element.name}VueProps & Omit<HTMLAttributes, keyof ${element.name}VueProps> & ReservedProps\n    >;\n`;
  }
  out += `  }\n}\n`;
  return out;
}
