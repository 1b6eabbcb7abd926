import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/** `code` spans for backticked words in our own descriptions; everything else escaped. */
function prose(text: unknown): string {
  if (typeof text !== 'string') return '';
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const opAnchor = (method: string, path: string) =>
  `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** A one-line, human summary of a JSON Schema's type and constraints. */
export function typeSummary(schema: Json | undefined, depth = 0): string {
  if (!schema || depth > 6) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#${anchor(name)}">${escapeHtml(name)}</a>`;
  }
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum))
    return schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
  for (const key of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(schema[key]))
      return (schema[key] as Json[]).map((s) => typeSummary(s, depth + 1)).join(' | ');
  if (Array.isArray(schema.allOf))
    return (schema.allOf as Json[]).map((s) => typeSummary(s, depth + 1)).join(' &amp; ');
  const type = schema.type;
  let text: string;
  if (type === 'array') text = `array of ${typeSummary(schema.items as Json, depth + 1)}`;
  else if (
    type === 'object' &&
    schema.additionalProperties &&
    typeof schema.additionalProperties === 'object'
  )
    text = `map of ${typeSummary(schema.additionalProperties as Json, depth + 1)}`;
  else text = escapeHtml(Array.isArray(type) ? type.join(' | ') : (type ?? 'any'));
  const notes: string[] = [];
  if (schema.format) notes.push(escapeHtml(schema.format));
  for (const [key, label] of [
    ['minLength', 'min length'],
    ['maxLength', 'max length'],
    ['minimum', '≥'],
    ['exclusiveMinimum', '>'],
    ['maximum', '≤'],
    ['exclusiveMaximum', '<'],
    ['minItems', 'min items'],
    ['maxItems', 'max items'],
  ] as const)
    if (schema[key] !== undefined) notes.push(`${label} ${escapeHtml(schema[key])}`);
  if (schema.default !== undefined)
    notes.push(`default <code>${escapeHtml(JSON.stringify(schema.default))}</code>`);
  if (typeof schema.pattern === 'string' && !schema.format && schema.pattern.length <= 60)
    notes.push(`pattern <code>${escapeHtml(schema.pattern)}</code>`);
  return notes.length ? `${text} <span class="note">(${notes.join(', ')})</span>` : text;
}

function propertiesTable(schema: Json, depth = 0): string {
  const props = schema.properties as Record<string, Json> | undefined;
  if (!props || depth > 4) return '';
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(props)
    .map(([name, prop]) => {
      const nested =
        prop.type === 'object' && prop.properties
          ? propertiesTable(prop, depth + 1)
          : prop.type === 'array' && (prop.items as Json | undefined)?.properties
            ? propertiesTable(prop.items as Json, depth + 1)
            : '';
      return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}</td><td>${typeSummary(
        prop.type === 'object' && prop.properties ? { ...prop, type: 'object' } : prop,
      )}${prop.description ? `<br>${prose(prop.description)}` : ''}${nested}</td></tr>`;
    })
    .join('');
  return `<table class="props"><thead><tr><th>Field</th><th>Type</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#555;--line:#d0d0d0;--accent:#004b87;--code:#f3f3f3}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#aaa;--line:#444;--accent:#8cc4ff;--code:#262626}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
.wrap{display:grid;grid-template-columns:minmax(14rem,18rem) 1fr;gap:2rem;max-width:80rem;margin:0 auto;padding:1rem}
nav{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding-block:1rem}
nav ul{list-style:none;padding:0;margin:0 0 1rem}nav li{margin:.25rem 0}
a{color:var(--accent)}a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:0.9em ui-monospace,monospace;background:var(--code);padding:.05em .3em;border-radius:3px}
pre{background:var(--code);padding:1rem;overflow:auto;font-size:.85em}
.op{border-top:1px solid var(--line);padding-block:1rem}
.method{display:inline-block;min-width:3.5rem;text-align:center;font-weight:700;text-transform:uppercase;border:2px solid currentColor;border-radius:4px;padding:0 .4rem;margin-right:.5rem}
.get{color:#0a6b2e}.post{color:#8a4b00}@media (prefers-color-scheme:dark){.get{color:#7fdc9d}.post{color:#ffc27a}}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--code)}.note,.muted{color:var(--muted)}.req{font-size:.8em;color:var(--muted)}
.props .props{margin-top:.5rem}
@media (max-width:50rem){.wrap{grid-template-columns:1fr}nav{position:static;max-height:none}}
`;

/**
 * The page's Content-Security-Policy: nothing may load or run, and the one inline style block is
 * allowed by its hash (not by `'unsafe-inline'`), so an injected style or script would not apply.
 */
export const DOCS_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * Renders a self-contained, readable API reference from an OpenAPI document: one HTML page,
 * inline CSS, no script and nothing loaded from elsewhere.
 */
export function renderDocsPage(doc: Json): string {
  const info = (doc.info ?? {}) as Json;
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(ops.map((o) => (o.op.tags as string[] | undefined)?.[0] ?? 'Other'))];

  const navOps = tags
    .map(
      (tag) =>
        `<h2>${escapeHtml(tag)}</h2><ul>${ops
          .filter((o) => ((o.op.tags as string[] | undefined)?.[0] ?? 'Other') === tag)
          .map(
            (o) =>
              `<li><a href="#${opAnchor(o.method, o.path)}"><span class="${escapeHtml(o.method)}">${escapeHtml(o.method.toUpperCase())}</span> ${escapeHtml(o.path)}</a></li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  const navSchemas = `<h2>Schemas</h2><ul>${Object.keys(schemas)
    .map((name) => `<li><a href="#${anchor(name)}">${escapeHtml(name)}</a></li>`)
    .join('')}</ul>`;

  const opSections = ops
    .map(({ path, method, op }) => {
      const params = (op.parameters as Json[] | undefined) ?? [];
      const paramTable = params.length
        ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${params
            .map(
              (p) =>
                `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${escapeHtml(p.in)}</td><td>${typeSummary(p.schema as Json)}</td><td>${prose(p.description)}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '';
      const body = (op.requestBody as Json | undefined)?.content as
        Record<string, { schema: Json }> | undefined;
      const bodyHtml = body
        ? `<h4>Request body</h4><p>${Object.entries(body)
            .map(([type, c]) => `<code>${escapeHtml(type)}</code>: ${typeSummary(c.schema)}`)
            .join('<br>')}</p>`
        : '';
      const responses = (op.responses ?? {}) as Record<string, Json>;
      const respHtml = `<h4>Responses</h4><table><thead><tr><th>Status</th><th>Description</th><th>Body</th></tr></thead><tbody>${Object.entries(
        responses,
      )
        .map(([status, r]) => {
          const content = r.content as Record<string, { schema: Json }> | undefined;
          return `<tr><td>${escapeHtml(status)}</td><td>${prose(r.description)}</td><td>${
            content
              ? Object.entries(content)
                  .map(([type, c]) => `<code>${escapeHtml(type)}</code> ${typeSummary(c.schema)}`)
                  .join('<br>')
              : '<span class="muted">none</span>'
          }</td></tr>`;
        })
        .join('')}</tbody></table>`;
      const auth = op.security
        ? '<p><strong>Needs</strong> <code>Authorization: Bearer &lt;device token&gt;</code>.</p>'
        : '';
      return `<section class="op" id="${opAnchor(method, path)}"><h3><span class="method ${escapeHtml(method)}">${escapeHtml(method)}</span><code>${escapeHtml(path)}</code></h3><p><strong>${prose(op.summary)}</strong></p>${op.description ? `<p>${prose(op.description)}</p>` : ''}${auth}${paramTable}${bodyHtml}${respHtml}</section>`;
    })
    .join('');

  const schemaSections = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<section class="op" id="${anchor(name)}"><h3>${escapeHtml(name)}</h3>${schema.description ? `<p>${prose(schema.description)}</p>` : ''}${
          schema.properties ? propertiesTable(schema) : `<p>${typeSummary(schema)}</p>`
        }<details><summary>JSON Schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details></section>`,
    )
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title ?? 'API')} reference</title>
<style>${STYLE}</style>
</head>
<body>
<div class="wrap">
<nav aria-label="Contents">${navOps}${navSchemas}</nav>
<main>
<h1>${escapeHtml(info.title ?? 'API')} <span class="muted">${escapeHtml(info.version ?? '')}</span></h1>
<p>${prose(info.summary)}</p>
<p>${prose(info.description)}</p>
<p>Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>
${opSections}
<h2>Schemas</h2>
${schemaSections}
</main>
</div>
</body>
</html>
`;
}
