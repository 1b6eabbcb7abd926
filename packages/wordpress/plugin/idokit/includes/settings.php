<?php
/**
 * Settings → IDO Kit: where the data comes from (an IDO Kit server or a static feed) and where
 * the script comes from (the copy inside this plugin, or a URL). Only administrators
 * (`manage_options`) see or change it; WordPress's Settings API checks the nonce.
 *
 * @package IdoKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const IDOKIT_OPTION = 'idokit_settings';

/**
 * The settings with defaults filled in.
 *
 * @return array{source: string, url: string, script: string, script_url: string}
 */
function idokit_settings() {
	$saved = get_option( IDOKIT_OPTION, array() );
	return array_merge(
		array(
			'source'     => 'api',
			'url'        => '',
			'script'     => 'bundled',
			'script_url' => '',
		),
		is_array( $saved ) ? $saved : array()
	);
}

/**
 * Cleans what the settings form sent; a wrong value keeps the old one and says why.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function idokit_sanitize_settings( $input ) {
	$old   = idokit_settings();
	$input = is_array( $input ) ? $input : array();
	$clean = $old;

	$clean['source'] = ( isset( $input['source'] ) && 'feed' === $input['source'] ) ? 'feed' : 'api';
	// options.php has unslashed the form already: once more would turn `/\\evil` into `/\evil`.
	$url = isset( $input['url'] ) ? trim( sanitize_text_field( $input['url'] ) ) : '';
	if ( '' === $url || idokit_is_usable_url( $url ) ) {
		$clean['url'] = $url;
	} else {
		add_settings_error(
			IDOKIT_OPTION,
			'idokit-url',
			sprintf(
				/* translators: %s: the address as typed */
				__( 'The address "%s" is not a web address. Use one that starts with https:// (or a path on this site, such as /ido/feed.json). The old address is kept.', 'idokit' ),
				$url
			)
		);
	}

	$clean['script'] = ( isset( $input['script'] ) && 'url' === $input['script'] ) ? 'url' : 'bundled';
	$script_url      = isset( $input['script_url'] ) ? trim( sanitize_text_field( $input['script_url'] ) ) : '';
	if ( '' === $script_url || idokit_is_usable_url( $script_url ) ) {
		$clean['script_url'] = $script_url;
	} else {
		add_settings_error(
			IDOKIT_OPTION,
			'idokit-script-url',
			sprintf(
				/* translators: %s: the address as typed */
				__( 'The script address "%s" is not a web address. The old address is kept.', 'idokit' ),
				$script_url
			)
		);
	}
	if ( 'url' === $clean['script'] && '' === $clean['script_url'] ) {
		$clean['script'] = 'bundled';
		add_settings_error(
			IDOKIT_OPTION,
			'idokit-script-missing',
			__( 'No script address was given, so the copy inside the plugin is used.', 'idokit' ),
			'warning'
		);
	}
	return $clean;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'idokit',
			IDOKIT_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'idokit_sanitize_settings',
				'default'           => array(),
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'IDO Kit', 'idokit' ), __( 'IDO Kit', 'idokit' ), 'manage_options', 'idokit', 'idokit_settings_page' );
	}
);

/** Renders Settings → IDO Kit. */
function idokit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the IDO Kit settings.', 'idokit' ), 403 );
	}
	$s = idokit_settings();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'IDO Kit', 'idokit' ); ?></h1>
		<?php settings_errors( IDOKIT_OPTION ); ?>
		<form method="post" action="options.php">
			<?php settings_fields( 'idokit' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Where the data comes from', 'idokit' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Where the data comes from', 'idokit' ); ?></legend>
							<label><input type="radio" name="idokit_settings[source]" value="api" <?php checked( $s['source'], 'api' ); ?> /> <?php esc_html_e( 'An IDO Kit server (api)', 'idokit' ); ?></label><br />
							<label><input type="radio" name="idokit_settings[source]" value="feed" <?php checked( $s['source'], 'feed' ); ?> /> <?php esc_html_e( 'A static feed file (feed.json)', 'idokit' ); ?></label>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="idokit-url"><?php esc_html_e( 'Address of the server or feed', 'idokit' ); ?></label></th>
					<td>
						<input type="text" class="regular-text code" id="idokit-url" name="idokit_settings[url]" value="<?php echo esc_attr( $s['url'] ); ?>" aria-describedby="idokit-url-help" />
						<p class="description" id="idokit-url-help"><?php esc_html_e( 'For example https://ido.bibliotheek.example or /ido/feed.json. Blocks and shortcodes use this address unless they name their own; the question form and the statistics always use it.', 'idokit' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Where the script comes from', 'idokit' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Where the script comes from', 'idokit' ); ?></legend>
							<label><input type="radio" name="idokit_settings[script]" value="bundled" <?php checked( $s['script'], 'bundled' ); ?> /> <?php esc_html_e( 'The copy inside this plugin (served by this site)', 'idokit' ); ?></label><br />
							<label><input type="radio" name="idokit_settings[script]" value="url" <?php checked( $s['script'], 'url' ); ?> /> <?php esc_html_e( 'This address:', 'idokit' ); ?></label>
							<label for="idokit-script-url" class="screen-reader-text"><?php esc_html_e( 'Address of the script', 'idokit' ); ?></label>
							<input type="text" class="regular-text code" id="idokit-script-url" name="idokit_settings[script_url]" value="<?php echo esc_attr( $s['script_url'] ); ?>" placeholder="https://…/idokit.js" />
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
