<?php
/**
 * The second line of defence for `<ido-…>` tags written as HTML (pasted, a Custom HTML block,
 * the classic editor): each tag's web addresses and phone numbers are checked as the blocks' and
 * shortcodes' are, and the staff elements get the data source of the settings whatever the tag
 * says. Done when someone without `unfiltered_html` saves (before kses) and again whenever a page
 * is rendered, so content saved earlier, or by an administrator, is served checked as well.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * One `<ido-…>` start tag, checked (see idokit_checked_tags()).
 *
 * @param array<int, string> $match The tag, its name and the text of its attributes.
 * @return string
 */
function idokit_checked_tag( $match ) {
	$tag     = strtolower( $match[1] );
	$element = idokit_element( $tag );
	if ( null === $element ) {
		return $match[0];
	}
	$declared = array();
	foreach ( $element['attributes'] as $attribute ) {
		$declared[ strtolower( $attribute['name'] ) ] = $attribute;
	}
	$fixed_source = ! empty( $element['configuredSource'] );
	$text         = preg_replace( '#\s*/\s*$#', '', $match[2] );
	$out          = array();
	foreach ( wp_kses_hair( $text, wp_allowed_protocols() ) as $name => $attribute ) {
		$name = strtolower( $name );
		if ( $fixed_source && ( 'api' === $name || 'feed' === $name ) ) {
			continue;
		}
		$kind = isset( $declared[ $name ] ) ? $declared[ $name ]['kind'] : '';
		if ( 'url' !== $kind && 'phone' !== $kind ) {
			$out[] = $attribute['whole'];
			continue;
		}
		$value = idokit_attribute_value( $declared[ $name ], $attribute['value'] );
		if ( null !== $value ) {
			$out[] = idokit_attribute_html( $declared[ $name ], $value );
		}
	}
	$source = $fixed_source ? idokit_configured_source() : null;
	if ( null !== $source ) {
		$out[] = sprintf( '%s="%s"', $source[0], idokit_text_attr( $source[1] ) );
	}
	return '<' . $tag . ( $out ? ' ' . implode( ' ', $out ) : '' ) . '>';
}

/**
 * HTML with every IDO Kit start tag checked: web addresses (`api`, `feed`, `tiles`, …) that
 * are not `https:`, `http:` or a path on this site are removed, as are phone numbers that are
 * not one, and the staff elements (`<ido-question-form>`, `<ido-registration-stats>`) lose any
 * `api` or `feed` of their own and get the settings' one, which wins over an enclosing
 * `<ido-provider>`.
 *
 * @param mixed $html HTML.
 * @return mixed The same HTML, checked.
 */
function idokit_checked_tags( $html ) {
	if ( ! is_string( $html ) || false === stripos( $html, '<ido-' ) ) {
		return $html;
	}
	// A start tag up to its `>`, which may stand inside a quoted value.
	$checked = preg_replace_callback( '/<(ido-[a-z0-9-]+)((?:"[^"]*"|\'[^\']*\'|[^\'">])*)>/i', 'idokit_checked_tag', $html );
	return null === $checked ? $html : $checked;
}

/**
 * Checks the tags before kses filters what someone without `unfiltered_html` saves.
 *
 * @param string       $content      The HTML being filtered.
 * @param string|array $allowed_html The kses context or allowed tags.
 * @return string
 */
function idokit_checked_tags_before_kses( $content, $allowed_html ) {
	return 'post' === $allowed_html ? idokit_checked_tags( $content ) : $content;
}
add_filter( 'pre_kses', 'idokit_checked_tags_before_kses', 10, 2 );

// On every page: before the script is added for the tags found (priority 100).
add_filter( 'the_content', 'idokit_checked_tags', 99 );
add_filter( 'widget_text_content', 'idokit_checked_tags', 99 );
add_filter( 'widget_custom_html_content', 'idokit_checked_tags', 99 );
add_filter( 'widget_block_content', 'idokit_checked_tags', 99 );
