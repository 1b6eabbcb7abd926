<?php
/**
 * One dynamic block per element ("IDO Kit: locator", …): its attributes are sidebar controls,
 * the editor shows the live element, and the page gets the tag rendered on the server. The
 * editor script (assets/blocks.js) is plain JavaScript on WordPress's globals: nothing to build.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The block attributes of an element, typed for WordPress.
 *
 * @param array<string, mixed> $element An entry of idokit_elements().
 * @return array<string, array<string, string>>
 */
function idokit_block_attributes( $element ) {
	$types = array(
		'boolean' => 'boolean',
		'number'  => 'number',
	);
	$out   = array();
	foreach ( $element['attributes'] as $attribute ) {
		// A select of numbers (`radius`: 5, 10, 25, 50) stores numbers, as a number field did.
		$kind                      = isset( $attribute['type'] ) ? $attribute['type'] : $attribute['kind'];
		$out[ $attribute['name'] ] = array( 'type' => isset( $types[ $kind ] ) ? $types[ $kind ] : 'string' );
	}
	return $out;
}

add_action(
	'init',
	function () {
		wp_register_script(
			'idokit-blocks',
			plugins_url( 'assets/blocks.js', IDOKIT_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			IDOKIT_VERSION,
			false
		);
		$source = idokit_configured_source();
		wp_add_inline_script(
			'idokit-blocks',
			'window.idokitBlocks = ' . wp_json_encode(
				array(
					'elements' => array_values(
						array_filter(
							idokit_elements(),
							function ( $e ) {
								return ! empty( $e['block'] );
							}
						)
					),
					'source'   => null === $source ? 'api' : $source[0],
					'url'      => null === $source ? '' : $source[1],
				)
			) . ';',
			'before'
		);
		foreach ( idokit_elements() as $element ) {
			if ( empty( $element['block'] ) ) {
				continue;
			}
			$tag = $element['tag'];
			register_block_type(
				$element['block'],
				array(
					'api_version'     => 2,
					'title'           => $element['title'],
					'description'     => $element['description'],
					'category'        => 'widgets',
					'icon'            => $element['icon'],
					'editor_script'   => 'idokit-blocks',
					'attributes'      => idokit_block_attributes( $element ),
					'supports'        => array( 'html' => false ),
					'render_callback' => function ( $attributes ) use ( $tag ) {
						$attributes = is_array( $attributes ) ? $attributes : array();
						// A block left at a default has no attribute: the element's default applies.
						return idokit_render_element( $tag, $attributes );
					},
				)
			);
		}
	}
);

// The live preview in the editor needs the elements themselves.
add_action( 'enqueue_block_editor_assets', 'idokit_enqueue' );
