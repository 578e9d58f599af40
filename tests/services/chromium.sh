# Debian's Chromium, driven by Playwright in tests/Winkel.Browser.Tests (never `playwright install`).

chromium_install() {
  [ -x /usr/bin/chromium ] || apt_install chromium
}

chromium_start() {
  export WINKEL_TEST_CHROMIUM=/usr/bin/chromium
}

chromium_stop() {
  :
}
