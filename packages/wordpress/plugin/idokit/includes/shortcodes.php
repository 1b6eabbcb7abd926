<?php
/**
 * One shortcode per element, for the classic editor: `[ido_locator radius="10" map]`,
 * `[ido_opening_hours location="ido-zwolle-centrum" compact]`. Attribute names are the
 * element's (`open-now`; `open_now` works too); a bare name switches a boolean on.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Normalises shortcode attributes to the element's attribute names.
 *
 * @param array<string, mixed> $element An entry of idokit_elements().
 * @param mixed                $atts    What WordPress parsed (string when there are none).
 * @return array<string, mixed>
 */
function idokit_shortcode_values( $element, $atts ) {
	$values = array();
	$known  = array();
	foreach ( $element['attributes'] as $attribute ) {
		$known[ strtolower( $attribute['name'] ) ] = $attribute;
	}
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			// `[ido_locator map]`: a bare word.
			$name = strtolower( str_replace( '_', '-', (string) $value ) );
			if ( isset( $known[ $name ] ) && 'boolean' === $known[ $name ]['kind'] ) {
				$values[ $name ] = true;
			}
			continue;
		}
		$name = strtolower( str_replace( '_', '-', (string) $key ) );
		if ( isset( $known[ $name ] ) ) {
			$values[ $name ] = $value;
		}
	}
	return $values;
}

add_action(
	'init',
	function () {
		foreach ( idokit_elements() as $element ) {
			if ( empty( $element['shortcode'] ) ) {
				continue;
			}
			add_shortcode(
				$element['shortcode'],
				function ( $atts ) use ( $element ) {
					return idokit_render_element( $element['tag'], idokit_shortcode_values( $element, $atts ) );
				}
			);
		}
	}
);
