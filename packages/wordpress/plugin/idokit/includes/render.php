<?php
/**
 * Turns block attributes or shortcode attributes into an element's tag. Only attributes the
 * element declares are written, each value checked for its kind (idokit_attribute_value()) and
 * escaped.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The data source attribute of the settings, as `array( name, url )`, or null when none is set
 * (or one saved by an older version that would not pass today's check).
 *
 * @return array{0: string, 1: string}|null
 */
function idokit_configured_source() {
	$settings = idokit_settings();
	if ( ! idokit_is_usable_url( $settings['url'] ) ) {
		return null;
	}
	return array( 'feed' === $settings['source'] ? 'feed' : 'api', $settings['url'] );
}

/**
 * The HTML of one element.
 *
 * @param string               $tag    e.g. `ido-locator`.
 * @param array<string, mixed> $values Attribute name → value; unknown names and values of the
 *                                     wrong kind are left out.
 * @return string
 */
function idokit_render_element( $tag, $values ) {
	$element = idokit_element( $tag );
	if ( null === $element ) {
		return '';
	}
	$fixed_source = ! empty( $element['configuredSource'] );
	$has_source   = false;
	$checked      = array();
	$out          = array();
	foreach ( $element['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$is_source = 'api' === $name || 'feed' === $name;
		if ( $is_source && $fixed_source ) {
			continue;
		}
		$value = idokit_attribute_value( $attribute, $values[ $name ] );
		if ( null === $value ) {
			continue;
		}
		$has_source       = $has_source || $is_source;
		$checked[ $name ] = $value;
		$out[]            = idokit_attribute_html( $attribute, $value );
	}
	// The data source from the settings, unless the block or shortcode names a usable one of its
	// own; the staff elements always have the settings' one.
	$source = idokit_configured_source();
	if ( ! $has_source && null !== $source && 'ido-provider' !== $tag ) {
		$out[] = sprintf( '%s="%s"', $source[0], idokit_text_attr( $source[1] ) );
	}
	idokit_enqueue();
	// The server's first view when it renders this element (includes/inline.php).
	$inlined = idokit_inlined_element( $tag, $checked, $has_source, $out );
	if ( null !== $inlined ) {
		return $inlined;
	}
	return sprintf( '<%1$s%2$s></%1$s>', $tag, $out ? ' ' . implode( ' ', $out ) : '' );
}
