<?php
/**
 * The list of IDO Kit elements, read from elements.json. That file is written when the plugin
 * is packaged, from the elements' own manifest (custom-elements.json), so a new element brings
 * its block, shortcode and allowed attributes with it.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Every element: `tag`, `block` (or null), `shortcode` (or null), `title`, `description`,
 * `icon`, and `attributes` (each `name`, `kind` = boolean|number|enum|string, `options`,
 * `default`, `description`, `control`).
 *
 * @return array<int, array<string, mixed>>
 */
function idokit_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( IDOKIT_DIR . 'elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$elements = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $elements ) ) {
			$elements = array();
		}
	}
	return $elements;
}

/**
 * One element by tag name.
 *
 * @param string $tag e.g. `ido-locator`.
 * @return array<string, mixed>|null
 */
function idokit_element( $tag ) {
	foreach ( idokit_elements() as $element ) {
		if ( $element['tag'] === $tag ) {
			return $element;
		}
	}
	return null;
}
