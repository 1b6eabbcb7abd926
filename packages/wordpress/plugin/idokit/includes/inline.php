<?php
/**
 * The element's first view in the served page: for an opening-hours block or shortcode, the
 * configured IDO Kit server renders the card as HTML (`GET {api}/v1/render/ido-opening-hours`,
 * declarative shadow DOM and JSON-LD), and the plugin puts that in the page instead of the bare
 * tag. Residents see the hours before any script runs, or without script at all; the element
 * then hydrates what is there.
 *
 * What reaches the server: only the settings' address (never a block's or shortcode's own `api`,
 * which an author writes), and only values the plugin checked — the location a slug as the SDK's
 * schema defines one, `lang` and `show` one of the manifest's values — each percent-encoded.
 * What comes back is trusted as far as the configured server is: kept only when it is one whole
 * `<ido-…>` element of the asked tag, with a declarative shadow root, of bounded size.
 *
 * Answers are cached in a transient per URL with their ETag: fresh for the answer's `max-age`,
 * then revalidated with `If-None-Match`. A server that is down, slow (2 s) or answers anything
 * else gives the bare tag, as before, and is asked again only after a minute.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Seconds the plugin waits for the server's render before it serves the bare tag. */
const IDOKIT_RENDER_TIMEOUT = 2;
/** The largest render kept, in bytes: a week of hours is a few kilobytes. */
const IDOKIT_RENDER_MAX_BYTES = 262144;
/** Seconds a failed render is remembered, so a server that is down costs one wait a minute. */
const IDOKIT_RENDER_RETRY = 60;
/** Seconds a render is fresh when the server's answer says nothing (no `max-age`). */
const IDOKIT_RENDER_DEFAULT_AGE = 60;
/** Seconds a render that went stale is kept for revalidation with `If-None-Match`. */
const IDOKIT_RENDER_KEEP = DAY_IN_SECONDS;

/**
 * The elements the server renders, each with the attributes its render takes. An element is
 * inlined only when it has no other attribute set: any other (`helpline`, `now`, …) would make
 * the element's own first render differ from the server's, a visible change on hydration.
 *
 * @return array<string, array<int, string>>
 */
function idokit_rendered_elements() {
	return array(
		'ido-opening-hours' => array( 'location', 'lang', 'show', 'compact', 'no-json-ld' ),
	);
}

/**
 * The language the element speaks when the tag names none: the page's (`<html lang>`) when the
 * elements ship it, else Dutch, as the elements themselves decide.
 *
 * @param array<int, string> $options The manifest's values of `lang`.
 * @return string
 */
function idokit_page_lang( $options ) {
	$primary = strtolower( strtok( (string) get_bloginfo( 'language' ), '-_' ) );
	return in_array( $primary, $options, true ) ? $primary : 'nl';
}

/**
 * The URL of the server's render of one element, with the values it is rendered with, or null
 * when this element is not inlined (another tag, its own data source, a feed, an attribute the
 * render does not take, no usable location).
 *
 * @param string               $tag     e.g. `ido-opening-hours`.
 * @param array<string, mixed> $checked Attribute name → checked value (idokit_attribute_value()).
 * @param bool                 $own     Whether the block or shortcode names its own source.
 * @return array{url: string, values: array<string, string>}|null
 */
function idokit_render_request( $tag, $checked, $own ) {
	$rendered = idokit_rendered_elements();
	$element  = idokit_element( $tag );
	$source   = idokit_configured_source();
	if ( ! isset( $rendered[ $tag ] ) || null === $element || $own || null === $source || 'api' !== $source[0] ) {
		return null;
	}
	// An absolute address only: a path on this site would make WordPress ask itself.
	if ( '/' === $source[1][0] ) {
		return null;
	}
	foreach ( array_keys( $checked ) as $name ) {
		if ( ! in_array( $name, $rendered[ $tag ], true ) ) {
			return null;
		}
	}
	// A location id is a slug (the SDK's SlugSchema): nothing else is sent to the server.
	if ( ! isset( $checked['location'] ) || ! is_string( $checked['location'] )
		|| ! preg_match( '/^[a-z0-9]+(?:-[a-z0-9]+)*$/', $checked['location'] ) ) {
		return null;
	}
	$values = array( 'location' => $checked['location'] );
	foreach ( $element['attributes'] as $attribute ) {
		if ( 'lang' === $attribute['name'] ) {
			$values['lang'] = isset( $checked['lang'] ) ? $checked['lang'] : idokit_page_lang( $attribute['options'] );
		}
	}
	foreach ( $rendered[ $tag ] as $name ) {
		if ( isset( $checked[ $name ] ) && ! isset( $values[ $name ] ) ) {
			// A boolean that is on is `true` in the query (the server's flags).
			$values[ $name ] = true === $checked[ $name ] ? 'true' : $checked[ $name ];
		}
	}
	$url = rtrim( $source[1], '/' ) . '/v1/render/' . rawurlencode( $tag ) . '?' . http_build_query( $values, '', '&', PHP_QUERY_RFC3986 );
	return array(
		'url'    => $url,
		'values' => $values,
	);
}

/**
 * Seconds an answer stays fresh, from its `Cache-Control` (`s-maxage`, else `max-age`; none for
 * `no-cache` and `no-store`) less its `Age`.
 *
 * @param array|WP_Error $response A wp_remote_get() answer.
 * @return int
 */
function idokit_render_fresh_for( $response ) {
	$control = strtolower( (string) wp_remote_retrieve_header( $response, 'cache-control' ) );
	if ( preg_match( '/(?:^|,)\s*no-(?:cache|store)\b/', $control ) ) {
		return 0;
	}
	if ( preg_match( '/(?:^|,)\s*s-maxage\s*=\s*"?(\d+)/', $control, $m ) || preg_match( '/(?:^|,)\s*max-age\s*=\s*"?(\d+)/', $control, $m ) ) {
		$age = (int) wp_remote_retrieve_header( $response, 'age' );
		return (int) max( 0, min( IDOKIT_RENDER_KEEP, (int) $m[1] - $age ) );
	}
	return IDOKIT_RENDER_DEFAULT_AGE;
}

/**
 * Whether a render is what the plugin asked for: one whole `<ido-…>` element of this tag and
 * nothing around it, with a declarative shadow root.
 *
 * @param string $html The answer's body.
 * @param string $tag  e.g. `ido-opening-hours`.
 * @return bool
 */
function idokit_is_render_of( $html, $tag ) {
	$quoted = preg_quote( $tag, '#' );
	return strlen( $html ) <= IDOKIT_RENDER_MAX_BYTES
		&& 1 === preg_match( '#^<' . $quoted . '[\s>]#i', $html )
		&& 1 === preg_match( '#</' . $quoted . '>$#i', $html )
		&& 1 === preg_match( '#<template\s[^>]*shadowrootmode\s*=\s*["\']?open#i', $html );
}

/**
 * The server's render of one element, from the cache when fresh, else asked (revalidated with
 * `If-None-Match` when a stale copy has an ETag); null when there is none to serve.
 *
 * @param string $url The render's URL (idokit_render_request()).
 * @param string $tag The element asked for.
 * @return string|null
 */
function idokit_fetch_render( $url, $tag ) {
	$key    = 'idokit_render_' . md5( $url );
	$cached = get_transient( $key );
	$cached = is_array( $cached ) && isset( $cached['html'], $cached['etag'], $cached['fresh'] ) ? $cached : null;
	$now    = time();
	if ( null !== $cached && $cached['fresh'] > $now ) {
		return '' === $cached['html'] ? null : $cached['html'];
	}
	$headers = array( 'Accept' => 'text/html' );
	if ( null !== $cached && '' !== $cached['html'] && '' !== $cached['etag'] ) {
		$headers['If-None-Match'] = $cached['etag'];
	}
	$response = wp_remote_get(
		$url,
		array(
			'timeout'             => IDOKIT_RENDER_TIMEOUT,
			// Never somewhere else than the configured server.
			'redirection'         => 0,
			'headers'             => $headers,
			'limit_response_size' => IDOKIT_RENDER_MAX_BYTES + 1,
		)
	);
	$code = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
	if ( 304 === $code && isset( $headers['If-None-Match'] ) ) {
		$cached['fresh'] = $now + idokit_render_fresh_for( $response );
		set_transient( $key, $cached, IDOKIT_RENDER_KEEP );
		return $cached['html'];
	}
	$html = 200 === $code ? trim( (string) wp_remote_retrieve_body( $response ) ) : '';
	$type = 200 === $code ? strtolower( (string) wp_remote_retrieve_header( $response, 'content-type' ) ) : '';
	if ( 0 === strpos( $type, 'text/html' ) && idokit_is_render_of( $html, $tag ) ) {
		$entry = array(
			'html'  => $html,
			'etag'  => (string) wp_remote_retrieve_header( $response, 'etag' ),
			'fresh' => $now + idokit_render_fresh_for( $response ),
		);
		set_transient( $key, $entry, IDOKIT_RENDER_KEEP );
		return $html;
	}
	set_transient(
		$key,
		array(
			'html'  => '',
			'etag'  => '',
			'fresh' => $now + IDOKIT_RENDER_RETRY,
		),
		IDOKIT_RENDER_RETRY
	);
	return null;
}

/**
 * The element with its first view inside, or null to serve the bare tag. The start tag is the
 * plugin's own (the checked attributes, the settings' source, the language the server rendered
 * in); attributes of the server's start tag that the plugin does not write are kept.
 *
 * @param string               $tag     e.g. `ido-opening-hours`.
 * @param array<string, mixed> $checked Attribute name → checked value.
 * @param bool                 $own     Whether the block or shortcode names its own source.
 * @param array<int, string>   $start   The plugin's attributes as HTML (`name="value"`).
 * @return string|null
 */
function idokit_inlined_element( $tag, $checked, $own, $start ) {
	$request = idokit_render_request( $tag, $checked, $own );
	if ( null === $request ) {
		return null;
	}
	$html = idokit_fetch_render( $request['url'], $tag );
	if ( null === $html || ! preg_match( '#^<[a-z0-9-]+((?:"[^"]*"|\'[^\']*\'|[^\'">])*)>#i', $html, $m ) ) {
		return null;
	}
	$names = array();
	foreach ( $start as $attribute ) {
		$names[ strtolower( strtok( $attribute, '=' ) ) ] = true;
	}
	if ( ! isset( $checked['lang'] ) && isset( $request['values']['lang'] ) ) {
		$start[]         = sprintf( 'lang="%s"', esc_attr( $request['values']['lang'] ) );
		$names['lang'] = true;
	}
	foreach ( wp_kses_hair( $m[1], wp_allowed_protocols() ) as $name => $attribute ) {
		if ( ! isset( $names[ strtolower( $name ) ] ) ) {
			$start[] = $attribute['whole'];
		}
	}
	return '<' . $tag . ' ' . implode( ' ', $start ) . '>' . substr( $html, strlen( $m[0] ) );
}

/**
 * Keeps wptexturize() out of declarative shadow roots: a block's HTML is texturized (a `'`
 * becomes `’`), which would change the server's render before the element hydrates it.
 *
 * @param array<int, string> $tags Tags whose content is left as it is.
 * @return array<int, string>
 */
function idokit_no_texturize_tags( $tags ) {
	$tags[] = 'template';
	return $tags;
}
add_filter( 'no_texturize_tags', 'idokit_no_texturize_tags' );
