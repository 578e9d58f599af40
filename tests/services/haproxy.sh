# haproxy from Debian, the load balancer in front of two store processes in the multi-node test. The
# test writes its own configuration and starts haproxy itself (it knows the node ports); this only
# installs it and tells the test where it is.

haproxy_install() {
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || apt_install haproxy
}

haproxy_start() {
  export WINKEL_TEST_HAPROXY
  WINKEL_TEST_HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
}

haproxy_stop() {
  :
}
