import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolve } from 'node:path';
import { resolveConfig } from './config.js';

test('defaults, then environment, then flags', () => {
  const defaults = resolveConfig({}, {});
  assert.equal(defaults.port, 8787);
  assert.equal(defaults.databaseUrl, undefined);
  assert.equal(defaults.dataDir, resolve(process.cwd(), 'idokit-data'));
  assert.deepEqual(defaults.rateLimits.enrolment, { capacity: 10, perMs: 3_600_000 });
  assert.deepEqual(defaults.dbLimits, {
    connectTimeoutMs: 2000,
    statementTimeoutMs: 5000,
    poolSize: 10,
    queueSize: 100,
  });
  assert.equal(resolveConfig({ 'db-pool-size': '3' }, {}).dbLimits.poolSize, 3);
  assert.equal(defaults.noteRetentionDays, 30);
  assert.equal(resolveConfig({}, { IDOKIT_NOTE_RETENTION_DAYS: '7' }).noteRetentionDays, 7);
  assert.equal(resolveConfig({ 'note-retention-days': '90' }, {}).noteRetentionDays, 90);
  const env = resolveConfig(
    {},
    {
      PORT: '9000',
      IDOKIT_ALLOWED_ORIGINS: 'https://a.example/, https://b.example',
      IDOKIT_RATE_REGISTRATION: 'off',
    },
  );
  assert.equal(env.port, 9000);
  assert.deepEqual(env.allowedOrigins, ['https://a.example', 'https://b.example']);
  assert.equal(env.rateLimits.registration, undefined);
  assert.equal(resolveConfig({ port: '9100' }, { PORT: '9000' }).port, 9100);
  assert.equal(resolveConfig({ 'static-dir': 'none' }, {}).staticDir, undefined);
});

test('bad values name the setting', () => {
  for (const days of ['0', '-1', '1.5', 'month'])
    assert.throws(
      () => resolveConfig({}, { IDOKIT_NOTE_RETENTION_DAYS: days }),
      /IDOKIT_NOTE_RETENTION_DAYS/,
    );
  assert.throws(() => resolveConfig({ port: 'http' }, {}), /PORT/);
  assert.throws(() => resolveConfig({}, { IDOKIT_LOG_LEVEL: 'loud' }), /IDOKIT_LOG_LEVEL/);
  assert.throws(() => resolveConfig({}, { IDOKIT_RATE_ENROLMENT: 'many' }), /rate-enrolment/);
  assert.throws(() => resolveConfig({}, { IDOKIT_TRUST_PROXY: 'perhaps' }), /IDOKIT_TRUST_PROXY/);
  assert.throws(() => resolveConfig({}, { IDOKIT_PDOK_URL: 'ftp://x' }), /IDOKIT_PDOK_URL/);
  assert.throws(
    () => resolveConfig({}, { IDOKIT_DB_STATEMENT_TIMEOUT_MS: 'soon' }),
    /IDOKIT_DB_STATEMENT_TIMEOUT_MS/,
  );
});
