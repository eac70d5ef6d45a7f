#!/usr/bin/env bash
# A throwaway WordPress on this machine for the tests of the WordPress publisher (Maven profile
# `wordpress`, docs/publication.md). Debian's packages: `apt-get install wordpress php-cli php-mysql`, and
# a MariaDB server on its local socket with root allowed in (as Debian sets it up).
#
#   test-wordpress.sh start PORT [STATE_DIR]   a new empty database, the site installed at
#                                              http://127.0.0.1:PORT, an Editor account with an
#                                              application password; prints WORDPRESS_URL, WORDPRESS_USER
#                                              and WORDPRESS_APPLICATION_PASSWORD (also in STATE_DIR/env);
#                                              its media library in STATE_DIR/uploads, served at /uploads/
#   test-wordpress.sh down [STATE_DIR]         stops the web server only: WordPress is unreachable
#   test-wordpress.sh up [STATE_DIR]           starts it again on the same port and database
#   test-wordpress.sh stop [STATE_DIR]         stops the web server and drops the database
#
# Safe to run again: `start` first stops what an earlier run left and starts from an empty database.
# It writes WordPress's settings for host 127.0.0.1 to /etc/wordpress/config-127.0.0.1.php (as root).
# WordPress runs under PHP's built-in web server with WP_ENVIRONMENT_TYPE 'local', the one setting under
# which WordPress accepts application passwords over plain HTTP; a real site uses HTTPS.
set -euo pipefail

WORDPRESS=/usr/share/wordpress
CONFIG=/etc/wordpress/config-127.0.0.1.php
DATABASE=cchc_wordpress_test
DATABASE_USER=cchc_wordpress_test
USER_LOGIN=cchc-editorial

command="${1:-}"
case "$command" in
  start) port="${2:?usage: $0 start PORT [STATE_DIR]}"; state="${3:-target/wordpress}" ;;
  down|up|stop) state="${2:-target/wordpress}" ;;
  *) echo "usage: $0 start PORT [STATE_DIR] | down | up | stop [STATE_DIR]" >&2; exit 64 ;;
esac
mkdir -p "$state"
state="$(cd "$state" && pwd)"

fail() { echo "test-wordpress: $*" >&2; exit 1; }

server_down() {
  if [ -f "$state/php.pid" ]; then
    pid="$(cat "$state/php.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$state/php.pid"
  fi
}

server_running() {
  [ -f "$state/php.pid" ] && kill -0 "$(cat "$state/php.pid")" 2>/dev/null
}

server_up() {
  server_running && return 0
  port="$(cat "$state/port")"
  setsid php -S "127.0.0.1:$port" -t "$WORDPRESS" "$state/router.php" >>"$state/php.log" 2>&1 </dev/null &
  echo $! >"$state/php.pid"
  for _ in $(seq 1 100); do
    server_running || fail "PHP's web server did not start on port $port: $(tail -3 "$state/php.log")"
    if curl -s -o /dev/null "http://127.0.0.1:$port/wp-includes/images/blank.gif"; then return 0; fi
    sleep 0.1
  done
  fail "PHP's web server on port $port does not answer"
}

sql() { mariadb --protocol=socket -u root -e "$1"; }

case "$command" in
  down) server_down; exit 0 ;;
  up) server_up; exit 0 ;;
  stop) server_down; sql "DROP DATABASE IF EXISTS $DATABASE" || true; exit 0 ;;
esac

[ -f "$WORDPRESS/wp-load.php" ] && command -v php >/dev/null \
  || fail "WordPress or PHP is missing: apt-get install wordpress php-cli php-mysql"
php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' || fail "PHP has no MySQL driver: apt-get install php-mysql"
mariadb-admin --protocol=socket -u root ping >/dev/null 2>&1 || fail "no MariaDB server on the local socket"

server_down
echo "$port" >"$state/port"
# the site's uploads (the media library) live in STATE_DIR/uploads and are served at /uploads/, as a web
# server's alias would serve them; everything else is WordPress's, as PHP's web server serves it
rm -rf "$state/uploads"
mkdir -p "$state/uploads"
cat >"$state/router.php" <<PHP
<?php
\$path = rawurldecode(parse_url(\$_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (str_starts_with(\$path, '/uploads/')) {
    \$file = realpath('$state' . \$path);
    if (\$file === false || !str_starts_with(\$file, '$state/uploads/') || !is_file(\$file)) {
        http_response_code(404);
        return true;
    }
    header('Content-Type: ' . mime_content_type(\$file));
    readfile(\$file);
    return true;
}
return false;
PHP
: >"$state/php.log"

db_password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
sql "DROP DATABASE IF EXISTS $DATABASE; CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
     CREATE USER IF NOT EXISTS '$DATABASE_USER'@'localhost';
     ALTER USER '$DATABASE_USER'@'localhost' IDENTIFIED BY '$db_password';
     GRANT ALL PRIVILEGES ON $DATABASE.* TO '$DATABASE_USER'@'localhost';"

mkdir -p "$(dirname "$CONFIG")"
cat >"$CONFIG" <<PHP
<?php
// written by cchc-editorial's deploy/wordpress/test-wordpress.sh: a throwaway site for its tests
define('DB_NAME', '$DATABASE');
define('DB_USER', '$DATABASE_USER');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP

server_up
url="http://127.0.0.1:$port"
admin_password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
installed="$(curl -s -o /dev/null -w '%{http_code}' "$url/wp-admin/install.php?step=2" \
  --data-urlencode "weblog_title=Cổng thông tin thử nghiệm" --data-urlencode "user_name=admin" \
  --data-urlencode "admin_password=$admin_password" --data-urlencode "admin_password2=$admin_password" \
  --data-urlencode "pw_weak=1" --data-urlencode "admin_email=admin@example.test" --data-urlencode "blog_public=0" \
  --data-urlencode "language=")"
[ "$installed" = 200 ] || fail "the install answered HTTP $installed"

# the account the application posts with: an Editor (publishes posts, creates categories), with an
# application password as a department would make one in its profile page
application_password="$(HTTP_HOST="127.0.0.1:$port" php -r '
  $_SERVER["HTTP_HOST"] = getenv("HTTP_HOST");
  require "/usr/share/wordpress/wp-load.php";
  if (!get_option("siteurl")) { fwrite(STDERR, "WordPress is not installed\n"); exit(1); }
  update_option("upload_path", "'"$state/uploads"'");
  update_option("upload_url_path", "'"$url/uploads"'");
  $id = wp_insert_user(["user_login" => "'"$USER_LOGIN"'", "user_pass" => wp_generate_password(24),
                        "user_email" => "cchc-editorial@example.test", "role" => "editor"]);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  $created = WP_Application_Passwords::create_new_application_password($id, ["name" => "cchc-editorial"]);
  if (is_wp_error($created)) { fwrite(STDERR, $created->get_error_message() . "\n"); exit(1); }
  echo $created[0];')"

{
  echo "WORDPRESS_URL=$url"
  echo "WORDPRESS_USER=$USER_LOGIN"
  echo "WORDPRESS_APPLICATION_PASSWORD=$application_password"
} | tee "$state/env"
