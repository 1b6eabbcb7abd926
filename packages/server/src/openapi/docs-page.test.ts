import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, renderDocsPage } from './docs-page.js';

test('everything from the document is escaped', () => {
  assert.equal(
    escapeHtml(`<a href="x">'&'</a>`),
    '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
  );
  const html = renderDocsPage({
    info: { title: '<script>alert(1)</script>', version: '1' },
    paths: {
      '/v1/x': {
        get: {
          summary: 'Has <b>tags</b> and `code`',
          tags: ['Public'],
          parameters: [
            { name: '"><img src=x>', in: 'query', schema: { type: 'string', pattern: '<' } },
          ],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: { 'Evil"Name': { type: 'object', properties: { '<p>': { type: 'string' } } } },
    },
  });
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<b>tags'));
  assert.ok(html.includes('<code>code</code>'), 'backticks become code');
  assert.ok(html.includes('&lt;p&gt;'));
});
