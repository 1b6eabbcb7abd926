<?php
/**
 * What a value of each kind may be, checked in PHP wherever a value reaches a page: block and
 * shortcode attributes, pasted `<ido-…>` tags (saved and rendered) and the settings. WordPress
 * checks schemes only on its own URL attributes (`href`, `src`, …), never on an element's `api`
 * or `tiles`, so the plugin does it itself.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether a URL is one the plugin accepts: `https:` or `http:` with a host, or a path on this
 * site (`/ido/feed.json`). Never `//host` or `/\host` (another site without a scheme), another
 * scheme (`javascript:`, `data:`, `vbscript:`), or anything with spaces, tabs, line breaks or
 * backslashes: browsers drop tabs and line breaks inside a URL and read `\` as `/`, so
 * `/<tab>/evil.example` and `/\evil.example` lead to another site.
 *
 * @param mixed $url The URL as written (entities already decoded).
 * @return bool
 */
function idokit_is_usable_url( $url ) {
	if ( ! is_string( $url ) || '' === $url || preg_match( '/[\x00-\x20\x7f\\\\]/', $url ) ) {
		return false;
	}
	if ( '/' === $url[0] ) {
		return 1 === strlen( $url ) || '/' !== $url[1];
	}
	$parts = wp_parse_url( $url );
	return is_array( $parts )
		&& isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& '' !== $parts['host'];
}

/**
 * Whether a value is a phone number as people write it (`0800 1234`, `+31 (0)30 123 45 67`):
 * digits, spaces, `+`, `-`, `.`, `(` and `)` only, with 3 to 15 digits.
 *
 * @param mixed $phone The value as written (entities already decoded).
 * @return bool
 */
function idokit_is_phone( $phone ) {
	if ( ! is_string( $phone ) || ! preg_match( '/^\+?[0-9 ().-]+$/', $phone ) ) {
		return false;
	}
	$digits = strlen( preg_replace( '/\D/', '', $phone ) );
	return $digits >= 3 && $digits <= 15;
}

/**
 * The value an attribute may have, or null when it may not have this one.
 *
 * @param array<string, mixed> $attribute An attribute of idokit_elements() (`kind`, `options`).
 * @param mixed                $value     Block value, or shortcode or attribute text.
 * @return string|true|null The text to write, true for a boolean that is on, null to leave out.
 */
function idokit_attribute_value( $attribute, $value ) {
	if ( 'boolean' === $attribute['kind'] ) {
		return idokit_truthy( $value ) ? true : null;
	}
	if ( ! is_scalar( $value ) || is_bool( $value ) ) {
		return null;
	}
	$text = trim( (string) $value );
	switch ( $attribute['kind'] ) {
		case 'number':
			return is_numeric( $text ) ? (string) ( $text + 0 ) : null;
		case 'enum':
			return in_array( $text, $attribute['options'], true ) ? $text : null;
		case 'url':
			return idokit_is_usable_url( $text ) ? $text : null;
		case 'phone':
			return idokit_is_phone( $text ) ? $text : null;
		default:
			return '' === $text ? null : $text;
	}
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
	if ( ! is_scalar( $value ) ) {
		return false;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on', 'ja', 'aan' ), true );
}
