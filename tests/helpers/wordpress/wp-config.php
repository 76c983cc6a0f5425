<?php
/*
 * The tests' WordPress configuration: a private MariaDB over its socket, the site on 127.0.0.1,
 * content (uploads, the theme) in the test's own folder. `__SOCKET__` and `__URL__` are filled in
 * by wordpress-site.ts.
 */
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:__SOCKET__');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', '__URL__');
define('WP_SITEURL', '__URL__');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
// Application passwords need HTTPS, except on a site that says it is a local one.
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) {
    define($key, 'newsdesk-tests-' . $key);
}
// No mail leaves a test machine (WordPress's mail functions are pluggable: the first definition wins).
function wp_mail() { return true; }
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
