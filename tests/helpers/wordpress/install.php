<?php
/*
 * Installs a throwaway WordPress for the tests: creates the database on the private MariaDB
 * (waiting for it to accept connections), runs WordPress's own installer, makes an application
 * password and turns on the tests' minimal theme. Prints {"password": …} as JSON.
 * Usage: php install.php <site folder> <mariadb socket>
 */
[, $site, $socket] = $argv;
for ($tries = 0; ; $tries++) {
    try {
        $db = @new mysqli('localhost', 'root', '', '', 0, $socket);
        break;
    } catch (mysqli_sql_exception $error) {
        if ($tries > 300) { fwrite(STDERR, "MariaDB did not start: {$error->getMessage()}\n"); exit(1); }
        usleep(50000);
    }
}
$db->query('CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
$db->close();

define('WP_INSTALLING', true);
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Báo thử nghiệm', 'bientap', 'bientap@example.test', true, '', wp_generate_password(32));
$user = get_user_by('login', 'bientap');
[$password] = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'Newsdesk']);
switch_theme('newsdesk-test');
echo json_encode(['password' => $password]);
