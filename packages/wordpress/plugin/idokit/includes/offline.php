<?php
/**
 * The staff page offline: a page that shows the question form (`<ido-question-form>`, as a
 * block, a shortcode or pasted HTML) gets the IDO Kit service worker, scoped to that page alone,
 * so it opens, registers and shows its queue without internet, after a reload and after the
 * browser was closed. No other page is controlled by it.
 *
 * The worker (the plugin's copy of `cdn/idokit-staff-sw.js`) is served by WordPress at
 * `/?idokit-staff-sw=1` rather than from the plugin folder: a worker may only control pages
 * under its own folder, and `wp-content/plugins/idokit/cdn/` is not where pages are.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Whether this request renders the question form (set while the content is rendered). */
$GLOBALS['idokit_staff_page'] = false;

/**
 * Marks the page as a staff page when rendered content has the question form.
 *
 * @param string $content Rendered HTML.
 * @return string The same HTML.
 */
function idokit_mark_staff_page( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<ido-question-form' ) ) {
		$GLOBALS['idokit_staff_page'] = true;
	}
	return $content;
}
add_filter( 'the_content', 'idokit_mark_staff_page', 100 );

/** Address of the service worker: at the site's root, so its scope may cover any page. */
function idokit_staff_worker_url() {
	return add_query_arg( 'idokit-staff-sw', '1', home_url( '/' ) );
}

/**
 * The worker's scope: this page's own address (path and query, as `/?page_id=12` or
 * `/medewerkers/`), or null on anything but a single post or page.
 *
 * @return string|null
 */
function idokit_staff_scope() {
	if ( ! is_singular() ) {
		return null;
	}
	$link = wp_parse_url( (string) get_permalink() );
	if ( ! is_array( $link ) ) {
		return null;
	}
	$scope = isset( $link['path'] ) ? $link['path'] : '/';
	return isset( $link['query'] ) ? $scope . '?' . $link['query'] : $scope;
}

/**
 * On a staff page, asks the IDO Kit script to start the offline mode: `data-offline-worker`
 * and `data-offline-scope` on its tag (the loader registers the worker, see docs/embedding.md).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle The script's handle.
 * @return string
 */
function idokit_offline_tag( $tag, $handle ) {
	if ( 'idokit' !== $handle || ! $GLOBALS['idokit_staff_page'] ) {
		return $tag;
	}
	$scope = idokit_staff_scope();
	if ( null === $scope ) {
		return $tag;
	}
	$data = sprintf(
		'<script data-offline-worker="%s" data-offline-scope="%s" ',
		esc_attr( idokit_staff_worker_url() ),
		esc_attr( $scope )
	);
	return preg_replace( '/<script /', $data, $tag, 1 );
}
add_filter( 'script_loader_tag', 'idokit_offline_tag', 20, 2 );

/** Serves the worker at `/?idokit-staff-sw=1`, before WordPress renders anything. */
function idokit_serve_staff_worker() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a public, read-only file.
	if ( ! isset( $_GET['idokit-staff-sw'] ) ) {
		return;
	}
	$file = IDOKIT_DIR . 'cdn/idokit-staff-sw.js';
	if ( ! is_readable( $file ) ) {
		status_header( 404 );
		exit;
	}
	$home = wp_parse_url( home_url( '/' ), PHP_URL_PATH );
	status_header( 200 );
	header( 'Content-Type: text/javascript; charset=utf-8' );
	header( 'X-Content-Type-Options: nosniff' );
	// Its scope may be any page of the site; browsers check every copy (no stale worker).
	header( 'Service-Worker-Allowed: ' . ( $home ? $home : '/' ) );
	header( 'Cache-Control: no-cache' );
	readfile( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_readfile
	exit;
}
add_action( 'init', 'idokit_serve_staff_worker', 0 );
