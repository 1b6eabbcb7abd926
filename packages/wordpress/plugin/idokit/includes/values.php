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
 * An attribute value as a browser reads it: character references decoded, those without their
 * `;` too (`&#47` is a `/` in an attribute).
 *
 * @param string $value The value as written in the HTML.
 * @return string
 */
function idokit_decode_attribute( $value ) {
	// html_entity_decode() needs the `;`; a browser does not.
	$value = preg_replace( array( '/(&#[0-9]++)(?!;)/', '/(&#[xX][0-9a-fA-F]++)(?!;)/' ), '$1;', $value );
	return html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

/**
 * Text for an attribute value, every `&` escaped: a checked address is served as it was checked
 * (esc_attr() keeps `&#47;` as it is, which a browser then reads as `/`).
 *
 * @param string $text The text.
 * @return string
 */
function idokit_text_attr( $text ) {
	return htmlspecialchars( $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', true );
}

/**
 * One attribute as HTML: `name="value"`, or the bare name of a boolean that is on.
 *
 * @param array<string, mixed> $attribute An attribute of idokit_elements().
 * @param string|true          $value     What idokit_attribute_value() gave.
 * @return string
 */
function idokit_attribute_html( $attribute, $value ) {
	$name = esc_attr( strtolower( $attribute['name'] ) );
	if ( true === $value ) {
		return $name;
	}
	$text = 'url' === $attribute['kind'] || 'phone' === $attribute['kind'] ? idokit_text_attr( $value ) : esc_attr( $value );
	return sprintf( '%s="%s"', $name, $text );
}

/**
 * The value an attribute may have, or null when it may not have this one.
 *
 * Web addresses and phone numbers are read as a browser reads an attribute (character references
 * decoded) before they are checked: a shortcode or a tag is HTML.
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
			$text = idokit_decode_attribute( $text );
			return idokit_is_usable_url( $text ) ? $text : null;
		case 'phone':
			$text = idokit_decode_attribute( $text );
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
