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
 * Attribute names each tag may carry: its declared ones and the usual global attributes. The
 * staff elements have no `api` or `feed`: they always use the settings' data source. Values are
 * checked before kses (see tags.php), as kses checks schemes only on WordPress's own URL
 * attributes.
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
			$name = strtolower( $attribute['name'] );
			if ( empty( $element['configuredSource'] ) || ( 'api' !== $name && 'feed' !== $name ) ) {
				$allowed[ $name ] = true;
			}
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
 * saving from the Visual tab keeps them. They are inline elements (`~`), like the text around
 * them after wpautop, and "non-empty": TinyMCE otherwise deletes elements without content, and
 * an IDO Kit tag never has content of its own.
 *
 * @param array<string, mixed> $init TinyMCE settings.
 * @return array<string, mixed>
 */
function idokit_tinymce( $init ) {
	// TinyMCE 4's own list, used when WordPress sets none.
	$non_empty = 'td,th,iframe,video,audio,object,script,pre,code,area,base,basefont,br,col,frame,hr,img,input,isindex,link,meta,param,embed,source,wbr,track';
	$custom    = array();
	$extended  = array();
	$tags      = array();
	foreach ( idokit_kses_tags() as $tag => $attributes ) {
		$names      = array_filter(
			array_keys( $attributes ),
			function ( $name ) {
				// Wildcards (data-*) and namespaced names (xml:lang) are not TinyMCE rule syntax.
				return false === strpos( $name, '*' ) && false === strpos( $name, ':' );
			}
		);
		$custom[]   = '~' . $tag;
		$extended[] = $tag . '[' . implode( '|', $names ) . ']';
		$tags[]     = $tag;
	}
	$lists = array(
		'custom_elements'         => $custom,
		'extended_valid_elements' => $extended,
		'non_empty_elements'      => $tags,
	);
	foreach ( $lists as $key => $list ) {
		$current      = isset( $init[ $key ] ) ? $init[ $key ] : ( 'non_empty_elements' === $key ? $non_empty : '' );
		$init[ $key ] = trim( ( '' !== $current ? $current . ',' : '' ) . implode( ',', $list ), ',' );
	}
	return $init;
}
add_filter( 'tiny_mce_before_init', 'idokit_tinymce' );
