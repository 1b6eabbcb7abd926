<?php
/**
 * Plugin Name:       IDO Kit
 * Description:       Blocks and shortcodes for the IDO Kit elements (Informatiepunt Digitale Overheid): find an IDO nearby, opening hours and more. Keeps the elements when authors edit a page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           EUPL-1.2
 * Text Domain:       idokit
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'IDOKIT_VERSION', '0.1.0' );
define( 'IDOKIT_FILE', __FILE__ );
define( 'IDOKIT_DIR', plugin_dir_path( __FILE__ ) );

require_once IDOKIT_DIR . 'includes/elements.php';
require_once IDOKIT_DIR . 'includes/values.php';
require_once IDOKIT_DIR . 'includes/settings.php';
require_once IDOKIT_DIR . 'includes/assets.php';
require_once IDOKIT_DIR . 'includes/render.php';
require_once IDOKIT_DIR . 'includes/inline.php';
require_once IDOKIT_DIR . 'includes/kses.php';
require_once IDOKIT_DIR . 'includes/tags.php';
require_once IDOKIT_DIR . 'includes/blocks.php';
require_once IDOKIT_DIR . 'includes/shortcodes.php';
require_once IDOKIT_DIR . 'includes/offline.php';
require_once IDOKIT_DIR . 'includes/coordinator.php';
