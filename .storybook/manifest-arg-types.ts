// Storybook's docs tables and controls, made from custom-elements.json the way a webmaster reads
// an element: its attributes (each with a control that fits its type), its public properties
// without an attribute, events, slots, CSS custom properties, parts and custom states (:state()).
// Storybook's own extractor keys everything by name in one object, so the `map` part hid the `map`
// attribute, `string | undefined` got a "Set object" control, and the base class's internals
// (`t`, `locale`, `clock`, `resolvedClient`, `language`) showed as properties.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
  cssStates?: Item[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** Members every element inherits that are internals of the base class, not API for pages. */
const INTERNAL = new Set(['t', 'locale', 'clock', 'resolvedClient', 'language', 'internals']);

/** A control for an attribute or property type. */
function controlFor(type: string): Pick<ArgTypes[string], 'control' | 'options'> {
  const t = type.replace(/\s*\|\s*undefined$/, '').trim();
  if (t === 'boolean') return { control: 'boolean' };
  if (t === 'number') return { control: 'number' };
  if (t === 'string') return { control: 'text' };
  const literals = [...t.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  if (literals.length > 1 && /^('[^']+'\s*\|?\s*)+$/.test(t))
    return { control: literals.length > 4 ? 'select' : 'inline-radio', options: literals };
  // A choice of numbers (`5 | 10 | 25 | 50`).
  if (/^\d+(\s*\|\s*\d+)+$/.test(t))
    return { control: 'select', options: t.split('|').map((n) => Number(n.trim())) };
  // Lists and named types are written as text in HTML (`services="walk-in,by-phone"`).
  if (t.endsWith('[]') || /^[A-Z]\w*$/.test(t)) return { control: 'text' };
  return { control: false };
}

const summary = (item: Item) => item.type?.text ?? '';

/** argTypes of one element from a custom-elements manifest. */
export function argTypesFromManifest(
  tagName: string,
  manifest: Manifest | undefined,
): ArgTypes | undefined {
  const declaration = manifest?.modules
    ?.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tagName);
  if (!declaration) return undefined;
  const argTypes: ArgTypes = {};
  const add = (key: string, entry: ArgTypes[string]) => {
    if (!(key in argTypes)) argTypes[key] = entry;
  };
  const attributeFields = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    // Keyed by the property name, so a story's args (`openNow`) and the control agree.
    const key = attribute.fieldName ?? attribute.name;
    attributeFields.add(key);
    if (attribute.name === 'now') continue; // a preview clock, set by the stories' provider
    // Untyped in the manifest: attributes whose default is a constant (`tiles = PDOK_TILES`),
    // which are strings in HTML. `lang` has its languages as its type, like any other choice.
    const control: Pick<ArgTypes[string], 'control' | 'options'> = summary(attribute)
      ? controlFor(summary(attribute))
      : { control: 'text' };
    add(key, {
      name: attribute.name,
      description: attribute.description,
      ...control,
      table: {
        category: 'attributes',
        type: { summary: summary(attribute) || 'string' },
        defaultValue: attribute.default ? { summary: attribute.default } : undefined,
      },
    });
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy) continue;
    if (INTERNAL.has(member.name) || attributeFields.has(member.name) || member.attribute) continue;
    add(member.name, {
      name: member.name,
      description: member.description,
      control: false,
      table: { category: 'properties', type: { summary: summary(member) } },
    });
  }
  const section = (items: Item[] | undefined, category: string, prefix: string) => {
    for (const item of items ?? [])
      add(`${prefix}${item.name}`, {
        name: prefix === 'state:' ? `:state(${item.name})` : item.name,
        description: item.description,
        control: false,
        table: {
          category,
          type: item.type?.text ? { summary: item.type.text } : undefined,
          defaultValue: item.default ? { summary: item.default } : undefined,
        },
      });
  };
  section(declaration.events, 'events', 'event:');
  section(declaration.slots, 'slots', 'slot:');
  section(declaration.cssProperties, 'css custom properties', 'css:');
  section(declaration.cssParts, 'css shadow parts', 'part:');
  section(declaration.cssStates, 'custom states', 'state:');
  return argTypes;
}
