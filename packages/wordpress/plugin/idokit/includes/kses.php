<?php
/**
 * Keeps the IDO Kit tags when someone without `unfiltered_html` saves (authors, editors on
 * multisite, every account with DISALLOW_UNFILTERED_HTML) and when the classic editor's Visual
 * tab (TinyMCE) rewrites the HTML. Without this, both silently delete every `<ido-…>` tag.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attribute names each tag may carry: its declared ones and the usual global attributes.
 *
 * @return array<string, array<string, bool>>
 */
function idokit_kses_tags() {
	$tags = array();
	foreach ( idokit_elements() as $element ) {
		$allowed = array(
			'class'  => true,
			'id'     => true,
			'style'  => true,
			'title'  => true,
			'lang'   => true,
			'dir'    => true,
			'hidden' => true,
		);
		foreach ( $element['attributes'] as $attribute ) {
			$allowed[ strtolower( $attribute['name'] ) ] = true;
		}
		if ( function_exists( '_wp_add_global_attributes' ) ) {
			$allowed = _wp_add_global_attributes( $allowed ); // aria-*, data-*, role.
		}
		$tags[ $element['tag'] ] = $allowed;
	}
	return $tags;
}

/**
 * Adds the IDO Kit tags to the HTML allowed in posts.
 *
 * @param array<string, mixed> $tags    Allowed tags.
 * @param string|array         $context kses context.
 * @return array<string, mixed>
 */
function idokit_allowed_html( $tags, $context ) {
	if ( 'post' === $context ) {
		$tags = array_merge( $tags, idokit_kses_tags() );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'idokit_allowed_html', 10, 2 );

/**
 * Teaches TinyMCE (the classic editor's Visual tab) the IDO Kit tags, so switching tabs or
 * saving from the Visual tab keeps them.
 *
 * @param array<string, mixed> $init TinyMCE settings.
 * @return array<string, mixed>
 */
function idokit_tinymce( $init ) {
	$custom   = array();
	$extended = array();
	foreach ( idokit_kses_tags() as $tag => $attributes ) {
		$names      = array_filter(
			array_keys( $attributes ),
			function ( $name ) {
				return false === strpos( $name, '*' );
			}
		);
		$custom[]   = $tag;
		$extended[] = $tag . '[' . implode( '|', $names ) . ']';
	}
	foreach ( array( 'custom_elements' => $custom, 'extended_valid_elements' => $extended ) as $key => $list ) {
		$init[ $key ] = trim( ( isset( $init[ $key ] ) ? $init[ $key ] . ',' : '' ) . implode( ',', $list ), ',' );
	}
	return $init;
}
add_filter( 'tiny_mce_before_init', 'idokit_tinymce' );
