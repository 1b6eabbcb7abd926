#!/usr/bin/env node
// Writes the element reference of docs/embedding.md (between the `elements:start` and
// `elements:end` markers) from the widgets' custom-elements.json, the same list the WordPress
// plugin is made from. A new element appears in the guide by running this after `pnpm build`;
// `--check` only says whether the guide is up to date (the docs test uses it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementsFromManifest } from '../packages/wordpress/scripts/elements.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const guide = `${root}docs/embedding.md`;
const manifestPath = `${root}packages/widgets/custom-elements.json`;

/**
 * Attributes as an element's header writes them (`@embedExample query="3511 AB" map`):
 * `{ query: '3511 AB', map: true }`.
 */
export function attributesOf(text = '') {
  const values = {};
  for (const [, name, value] of text.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g))
    values[name] = value ?? true;
  return values;
}

/**
 * Per tag, from the manifest (the elements' JSDoc headers): `example`, the attributes that make
 * the guide's example show something real (`@embedExample`; without it, only the data source),
 * and `values`, example values for the reference tables (`@embedValues`).
 */
function examplesFrom(manifestJson) {
  const examples = new Map();
  for (const mod of manifestJson.modules ?? [])
    for (const d of mod.declarations ?? [])
      if (d.tagName)
        examples.set(d.tagName, {
          example: attributesOf(d.embedExample),
          values: attributesOf(d.embedValues),
        });
  return examples;
}

const SERVER = 'https://ido.bibliotheek.example';

function exampleOf(element, values = {}) {
  const attrs = Object.entries(values)
    .filter(([, v]) => v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${v}"`))
    .join('');
  return `<${element.tag} api="${SERVER}"${attrs}></${element.tag}>`;
}

function valueExample(attribute) {
  if (attribute.kind === 'boolean') return `\`${attribute.name}\``;
  if (attribute.kind === 'enum')
    return attribute.options.map((o) => `\`${attribute.name}="${o}"\``).join(', ');
  return '';
}

/** The Markdown of the reference section. */
export function reference(manifest = manifestPath) {
  const manifestJson = JSON.parse(readFileSync(manifest, 'utf8'));
  const examples = examplesFrom(manifestJson);
  const parts = new Map();
  for (const mod of manifestJson.modules ?? [])
    for (const d of mod.declarations ?? [])
      if (d.tagName)
        parts.set(d.tagName, (d.cssParts ?? []).map((p) => `\`${p.name}\``).join(', '));
  const out = [];
  const elements = elementsFromManifest(manifest);
  const languages = elements
    .find((element) => element.block)
    ?.attributes.find((attribute) => attribute.name === 'lang')?.options;
  if (languages)
    out.push(
      `Every element also takes \`api\` or \`feed\` (the data source) and \`lang\`: ${languages.map((l) => `\`${l}\``).join(', ')} (\`nl\` is the default; without it the element follows the page's language, and an element without a complete text in a language speaks Dutch).`,
      '',
    );
  for (const element of elements) {
    if (!element.block && !element.adminPage) continue;
    out.push(`### \`<${element.tag}>\``, '', `${element.description}`, '');
    const { example: attrs = {}, values = {} } = examples.get(element.tag) ?? {};
    out.push('```html', exampleOf(element, attrs), '```', '');
    out.push(
      element.block
        ? `WordPress: the block **${element.title}**, or the shortcode \`[${element.shortcode}]\`.`
        : `WordPress: the admin page **${element.adminPage}**, for users with the capability \`idokit_coordinate\` (administrators), with the address of **Settings → IDO Kit**.`,
      '',
    );
    const rows = [];
    for (const attribute of element.attributes) {
      if (['api', 'feed', 'lang', 'now'].includes(attribute.name)) continue;
      const value = values[attribute.name] ?? attrs[attribute.name] ?? attribute.default ?? '…';
      const example = valueExample(attribute) || `\`${attribute.name}="${value}"\``;
      const fallback =
        attribute.kind === 'boolean' ? 'off' : attribute.default ? `\`${attribute.default}\`` : '—';
      rows.push(
        `| \`${attribute.name}\` | ${example} | ${fallback} | ${attribute.description.replace(/\|/g, '\\|')} |`,
      );
    }
    // An element whose only attributes are the data source and the language has no table.
    if (rows.length)
      out.push(
        '| attribute | example | default | what it does |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
      );
    const partList = parts.get(element.tag);
    if (partList) out.push(`Parts for \`::part()\`: ${partList}.`, '');
  }
  return out.join('\n');
}

const START = /<!-- elements:start[^>]*-->\n/;
const END = '<!-- elements:end -->';

/** The guide with its reference section replaced. */
export function updatedGuide(text = readFileSync(guide, 'utf8')) {
  const start = START.exec(text);
  const end = text.indexOf(END);
  if (!start || end < 0) throw new Error(`${guide} lost its elements:start / elements:end markers`);
  return `${text.slice(0, start.index + start[0].length)}\n${reference()}\n${text.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(guide, 'utf8');
  const next = updatedGuide(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/embedding.md is out of date: run `node scripts/docs-elements.mjs`');
      process.exit(1);
    }
  } else {
    writeFileSync(guide, next);
    console.log('docs/embedding.md: element reference updated');
  }
}
