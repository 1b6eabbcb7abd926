<?php
/**
 * The IDO Kit script: one ES module, loaded only on pages that show an element. Authors cannot
 * add a script themselves (WordPress removes it from their saves), so the plugin adds it
 * whenever a block, a shortcode or a pasted `<ido-…>` tag ends up in the page.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** URL of the script, from the settings. */
function idokit_script_url() {
	$s = idokit_settings();
	if ( 'url' === $s['script'] && idokit_is_usable_url( $s['script_url'] ) ) {
		return $s['script_url'];
	}
	return plugins_url( 'cdn/idokit.js', IDOKIT_FILE );
}

add_action(
	'init',
	function () {
		// In the footer: a module runs after the page is parsed anyway, and the footer is the
		// one place still open once the content (where the elements are found) has been rendered.
		wp_register_script( 'idokit', idokit_script_url(), array(), IDOKIT_VERSION, true );
	}
);

/**
 * Marks the IDO Kit script as a module (WordPress 6.1 has no API for module scripts).
 *
 * @param string $tag    The `<script>` tag.
 * @param string $handle The script's handle.
 * @return string
 */
function idokit_module_tag( $tag, $handle ) {
	if ( 'idokit' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'idokit_module_tag', 10, 2 );

/** Loads the script on this page (called from every place an element is rendered). */
function idokit_enqueue() {
	wp_enqueue_script( 'idokit' );
}

/**
 * Loads the script when rendered content contains an IDO Kit tag (pasted HTML, a Custom HTML
 * block or widget, the classic editor).
 *
 * @param string $content Rendered HTML.
 * @return string The same HTML.
 */
function idokit_enqueue_if_used( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<ido-' ) ) {
		idokit_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'idokit_enqueue_if_used', 100 );
add_filter( 'widget_text_content', 'idokit_enqueue_if_used', 100 );
add_filter( 'widget_custom_html_content', 'idokit_enqueue_if_used', 100 );
add_filter( 'widget_block_content', 'idokit_enqueue_if_used', 100 );
