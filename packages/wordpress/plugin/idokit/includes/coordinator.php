<?php
/**
 * IDO Kit beheer (IDO Kit management): a wp-admin page with `<ido-coordinator>`, where the IDO
 * coordinator keeps the library's locations, hours, closures, outreach sessions, partners, desks
 * and report keys on the IDO Kit server of the settings.
 *
 * Only users with the `idokit_coordinate` capability see the menu or may open the page. The
 * administrator role gets it when the plugin is activated, and once on the first load of a
 * version that introduced it (sites that had the plugin before). Filter
 * `idokit_coordinator_roles` to grant it to other roles; a role from which an administrator
 * removed it later does not get it back.
 *
 * The page holds no secret: the coordinator signs in inside the element with a one-time code
 * (`idokit-server coordinator-code`), and the element keeps its key in the browser's storage.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const IDOKIT_COORDINATE_CAP = 'idokit_coordinate';

/** The admin page's slug (`wp-admin/admin.php?page=idokit-beheer`). */
const IDOKIT_COORDINATOR_PAGE = 'idokit-beheer';

/**
 * Which grant of the capability this site has had. Raise it only when the roles that should get
 * the capability change: each raise grants it once more.
 */
const IDOKIT_COORDINATE_GRANT = '1';

/**
 * The roles that get `idokit_coordinate`: administrators, unless the filter says otherwise.
 *
 * @return array<int, string> Role names.
 */
function idokit_coordinator_roles() {
	/**
	 * Filters the roles that are granted `idokit_coordinate` (on activation, and once for sites
	 * that had the plugin before the capability existed).
	 *
	 * @param string[] $roles Role names; default `array( 'administrator' )`.
	 */
	$roles = apply_filters( 'idokit_coordinator_roles', array( 'administrator' ) );
	return array_values( array_filter( (array) $roles, 'is_string' ) );
}

/** Grants `idokit_coordinate` to the roles of idokit_coordinator_roles() and notes the grant. */
function idokit_grant_coordinate_cap() {
	foreach ( idokit_coordinator_roles() as $name ) {
		$role = get_role( $name );
		if ( null !== $role && ! $role->has_cap( IDOKIT_COORDINATE_CAP ) ) {
			$role->add_cap( IDOKIT_COORDINATE_CAP );
		}
	}
	update_option( 'idokit_coordinate_grant', IDOKIT_COORDINATE_GRANT );
}
register_activation_hook( IDOKIT_FILE, 'idokit_grant_coordinate_cap' );

/**
 * Sites that had the plugin before the capability existed never ran its activation: grant it on
 * the first load after the upgrade. Only once, so a site that takes it away keeps it away.
 */
function idokit_grant_coordinate_cap_once() {
	if ( IDOKIT_COORDINATE_GRANT !== get_option( 'idokit_coordinate_grant' ) ) {
		idokit_grant_coordinate_cap();
	}
}
add_action( 'init', 'idokit_grant_coordinate_cap_once' );

/** Loads the plugin's translations (languages/idokit-nl_NL.mo, …) in the user's language. */
function idokit_load_textdomain() {
	load_plugin_textdomain( 'idokit', false, dirname( plugin_basename( IDOKIT_FILE ) ) . '/languages' );
}
add_action( 'init', 'idokit_load_textdomain', 1 );

/**
 * The element's language for the signed-in user: Dutch when their WordPress language is Dutch
 * (`nl_NL`, `nl_BE`, `nl_NL_formal`), else English, the two languages of `<ido-coordinator>`.
 *
 * @return string `nl` or `en`.
 */
function idokit_coordinator_lang() {
	return 0 === strpos( get_user_locale(), 'nl' ) ? 'nl' : 'en';
}

/**
 * The IDO Kit server of the settings, or null when the settings name none (a static feed cannot
 * be edited, and an address that does not pass the check is not one).
 *
 * @return string|null
 */
function idokit_coordinator_api() {
	$source = idokit_configured_source();
	return ( null !== $source && 'api' === $source[0] ) ? $source[1] : null;
}

add_action(
	'admin_menu',
	function () {
		$hook = add_menu_page(
			__( 'IDO Kit management', 'idokit' ),
			__( 'IDO Kit management', 'idokit' ),
			IDOKIT_COORDINATE_CAP,
			IDOKIT_COORDINATOR_PAGE,
			'idokit_coordinator_page',
			'dashicons-building'
		);
		add_action(
			'load-' . $hook,
			function () {
				if ( null !== idokit_coordinator_api() ) {
					idokit_enqueue();
				}
			}
		);
	}
);

/** Renders IDO Kit management: the element, or what to set when no IDO Kit server is set. */
function idokit_coordinator_page() {
	// WordPress refuses users without the capability before this runs; this is a second lock.
	if ( ! current_user_can( IDOKIT_COORDINATE_CAP ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage the IDO Kit data.', 'idokit' ), 403 );
	}
	$api  = idokit_coordinator_api();
	$lang = idokit_coordinator_lang();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'IDO Kit management', 'idokit' ); ?></h1>
		<p><?php esc_html_e( 'Here the IDO coordinator of your library keeps the information residents and staff see up to date: locations with their opening hours, closures and what to bring, outreach sessions at other addresses, partners, desks and report keys. A saved change is public at once, and every change is in the log, where the last one can be undone.', 'idokit' ); ?></p>
		<?php if ( null === $api ) : ?>
			<div class="notice notice-warning inline" id="idokit-coordinator-setup">
				<p><strong><?php esc_html_e( 'No IDO Kit server is set yet.', 'idokit' ); ?></strong></p>
				<p><?php esc_html_e( 'The data is kept on the IDO Kit server of your library. In the IDO Kit settings, choose "An IDO Kit server (api)" and fill in the address of the server, for example https://ido.bibliotheek.example. A static feed file cannot be changed from here.', 'idokit' ); ?></p>
				<?php if ( current_user_can( 'manage_options' ) ) : ?>
					<p><a class="button button-primary" href="<?php echo esc_url( admin_url( 'options-general.php?page=idokit' ) ); ?>"><?php esc_html_e( 'Go to the IDO Kit settings', 'idokit' ); ?></a></p>
				<?php else : ?>
					<p><?php esc_html_e( 'Ask an administrator of this site to set it.', 'idokit' ); ?></p>
				<?php endif; ?>
			</div>
		<?php else : ?>
			<p><?php esc_html_e( 'You sign in with a sign-in code that works once. Whoever runs the IDO Kit server makes one for your library organisation with this command:', 'idokit' ); ?></p>
			<p><code>idokit-server coordinator-code --organisation "<?php esc_html_e( 'Name of the library organisation', 'idokit' ); ?>"</code></p>
			<p><?php esc_html_e( 'After signing in, this browser keeps a key for your organisation until you sign out.', 'idokit' ); ?></p>
			<ido-coordinator api="<?php echo idokit_text_attr( $api ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- idokit_text_attr() escapes every special character. ?>" lang="<?php echo esc_attr( $lang ); ?>"></ido-coordinator>
		<?php endif; ?>
	</div>
	<?php
}
