<?php
/**
 * Turns block attributes or shortcode attributes into an element's tag. Only attributes the
 * element declares are written, each value checked for its kind and escaped with esc_attr.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether a value means "on" for a boolean attribute.
 *
 * @param mixed $value Block value (bool) or shortcode text ("1", "true", "yes", "on", "").
 * @return bool
 */
function idokit_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on', 'ja', 'aan' ), true );
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
	$settings = idokit_settings();
	$out      = array();
	foreach ( $element['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = $values[ $name ];
		switch ( $attribute['kind'] ) {
			case 'boolean':
				if ( idokit_truthy( $value ) ) {
					$out[] = esc_attr( $name );
				}
				break;
			case 'number':
				if ( is_numeric( $value ) ) {
					$out[] = sprintf( '%s="%s"', esc_attr( $name ), esc_attr( (string) ( $value + 0 ) ) );
				}
				break;
			case 'enum':
				if ( in_array( (string) $value, $attribute['options'], true ) ) {
					$out[] = sprintf( '%s="%s"', esc_attr( $name ), esc_attr( (string) $value ) );
				}
				break;
			default:
				if ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
					$out[] = sprintf( '%s="%s"', esc_attr( $name ), esc_attr( trim( (string) $value ) ) );
				}
		}
	}
	// The data source from the settings, unless the block or shortcode names its own.
	if ( ! isset( $values['api'] ) && ! isset( $values['feed'] ) && '' !== $settings['url'] && 'ido-provider' !== $tag ) {
		$out[] = sprintf( '%s="%s"', 'feed' === $settings['source'] ? 'feed' : 'api', esc_attr( $settings['url'] ) );
	}
	idokit_enqueue();
	return sprintf( '<%1$s%2$s></%1$s>', $tag, $out ? ' ' . implode( ' ', $out ) : '' );
}
