# promtool from Debian's prometheus package: checks and unit-tests deploy/prometheus/alerts.yml.
# Nothing to start (promtool is a command, not a server); _start only tells the tests where it is.

prometheus_install() {
  command -v promtool >/dev/null || apt_install prometheus
}

prometheus_start() {
  WINKEL_TEST_PROMTOOL=$(command -v promtool)
  export WINKEL_TEST_PROMTOOL
}

prometheus_stop() {
  :
}
