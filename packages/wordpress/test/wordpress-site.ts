// A real, throwaway WordPress for the plugin's test: Debian's `wordpress` package (copied to a
// temporary folder with its own wp-config.php), a private MariaDB server on a Unix socket, and
// PHP's built-in web server on a free loopback port. Everything is started here and stopped by
// `close()`; nothing outside the temporary folder is changed.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@idokit/e2e/support';

const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'php-cli',
  'php-mysql',
  'mariadb-server',
];

/** Installs Debian's WordPress, PHP and MariaDB when one is missing (as root; else says how). */
export function ensureInstalled(): void {
  const missing = () =>
    !existsSync(join(DEBIAN_WORDPRESS, 'wp-load.php')) ||
    !existsSync(join(DEBIAN_WORDPRESS, 'wp-content/themes/twentytwentythree')) ||
    spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']).status !== 0 ||
    spawnSync('sh', ['-c', 'command -v mariadbd && command -v mariadb-install-db']).status !== 0;
  if (!missing()) return;
  assert.equal(
    process.getuid?.(),
    0,
    `WordPress, PHP or MariaDB is missing; install them: apt-get install ${PACKAGES.join(' ')}`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
  const install = spawnSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES],
    { stdio: 'inherit', env, timeout: 600_000 },
  );
  assert.equal(install.status, 0, `apt-get install ${PACKAGES.join(' ')} failed`);
  assert.ok(!missing(), 'WordPress, PHP or MariaDB still missing after apt-get install');
}

/** What a PHP script run against the site printed, parsed as JSON. */
export type PhpResult = Record<string, unknown>;

/** A running WordPress. */
export interface WordPressSite {
  origin: string;
  /** The WordPress folder (a copy of Debian's, with its own wp-config.php). */
  dir: string;
  /** Runs PHP code with WordPress loaded (`$json(...)` prints the result) and returns it. */
  php(code: string, options?: { installing?: boolean }): PhpResult;
  /** Text WordPress logged (PHP notices, warnings, errors) since the start. */
  debugLog(): string;
  close(): Promise<void>;
}

function waitFor(what: string, check: () => boolean, timeoutMs: number, log: () => string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return;
    spawnSync('sleep', ['0.2']);
  }
  assert.fail(`${what} did not start in ${timeoutMs / 1000}s:\n${log()}`);
}

/** Starts MariaDB and WordPress, installs WordPress with an administrator and an author. */
export async function startWordPress(): Promise<WordPressSite> {
  ensureInstalled();
  const tmp = mkdtempSync(join(tmpdir(), 'idokit-wp-'));
  const children: ChildProcess[] = [];
  const close = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Each child leads its own process group (`detached`): the group goes, helpers included.
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, name);
        } catch {
          /* already gone */
        }
      };
      signal('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) signal('SIGKILL');
    }
    rmSync(tmp, { recursive: true, force: true });
  };

  try {
    // MariaDB: its own data folder and socket, no TCP port at all.
    const dbDir = join(tmp, 'db');
    const socket = join(tmp, 'mysql.sock');
    const dbLog = join(tmp, 'mariadb.log');
    const init = spawnSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dbDir}`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(init.status, 0, `mariadb-install-db failed:\n${init.stdout}\n${init.stderr}`);
    const mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dbDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--log-error=${dbLog}`,
        `--pid-file=${join(tmp, 'mariadb.pid')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    const sql = (statement: string) =>
      spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], {
        encoding: 'utf8',
      });
    waitFor(
      'MariaDB',
      () => sql('SELECT 1').status === 0,
      60_000,
      () => (existsSync(dbLog) ? readFileSync(dbLog, 'utf8') : ''),
    );
    const created = sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
    assert.equal(created.status, 0, created.stderr);

    // WordPress: Debian's files, our own wp-config.php (Debian's picks a config by host name
    // from /etc/wordpress, which a test must not touch).
    const dir = join(tmp, 'wordpress');
    // Debian's copy links to /usr/share/javascript with relative links: copy the files they point at.
    cpSync(DEBIAN_WORDPRESS, dir, { recursive: true, dereference: true });
    mkdirSync(join(dir, 'wp-content/uploads'), { recursive: true });
    mkdirSync(join(dir, 'wp-content/upgrade'), { recursive: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const debugLog = join(tmp, 'debug.log');
    writeFileSync(
      join(dir, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
// A Dutch site, as the libraries' are (<html lang="nl-NL">); Debian ships no language packs, so
// WordPress's own texts stay English.
define('WPLANG', 'nl_NL');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${debugLog}');
define('WP_DEBUG_DISPLAY', false);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((k) => [
    `define('${k}_KEY', '${k}-key-test');`,
    `define('${k}_SALT', '${k}-salt-test');`,
  ])
  .join('\n')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // PHP's server: existing files as they are, everything else through index.php (permalinks).
    writeFileSync(
      join(tmp, 'router.php'),
      `<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '/' && file_exists(__DIR__ . '/wordpress' . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/wordpress/index.php';
require __DIR__ . '/wordpress/index.php';
`,
    );
    const serverLog: string[] = [];
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir, join(tmp, 'router.php')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(server);
    server.stdout!.on('data', (c) => serverLog.push(String(c)));
    server.stderr!.on('data', (c) => serverLog.push(String(c)));

    const php = (code: string, options: { installing?: boolean } = {}): PhpResult => {
      const script = join(tmp, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
      writeFileSync(
        script,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
// A browser's user agent: WordPress offers the Visual tab (TinyMCE) only to browsers it knows.
$_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';
$GLOBALS['__out'] = array();
function json_out($key, $value) { $GLOBALS['__out'][$key] = $value; }
${options.installing ? "define('WP_INSTALLING', true);" : ''}
require '${dir}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . WPINC . '/class-wp-editor.php';
${code}
echo "\\n@@JSON@@" . json_encode($GLOBALS['__out']);
`,
      );
      const run = spawnSync('php', [script], { encoding: 'utf8', timeout: 120_000, cwd: dir });
      rmSync(script, { force: true });
      const marker = run.stdout.lastIndexOf('@@JSON@@');
      assert.ok(
        run.status === 0 && marker >= 0,
        `PHP failed (${run.status}):\n${run.stdout}\n${run.stderr}\n${code}`,
      );
      return JSON.parse(run.stdout.slice(marker + 8)) as PhpResult;
    };

    // Install WordPress (what the five-minute install does), with the block theme Debian ships.
    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Bibliotheek Voorbeeldstad', 'admin', 'admin@example.test', true, '', 'admin-password-1', '');
switch_theme('twentytwentythree');
update_option('permalink_structure', '');
json_out('user', $r['user_id']);`,
      { installing: true },
    );
    const until = Date.now() + 30_000;
    for (;;) {
      const ok = await fetch(`${origin}/wp-login.php`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      assert.ok(Date.now() < until, `PHP server did not answer:\n${serverLog.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return {
      origin,
      dir,
      php,
      debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
