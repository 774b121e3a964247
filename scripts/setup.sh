#!/bin/sh
# Installs the Debian packages espy needs to build and test everything.
# Does nothing when they are already present, so it is safe to run every time.
set -e

PACKAGES="make gcc libc6-dev \
  gcc-xtensa-lx106 binutils-xtensa-lx106 picolibc-xtensa-lx106-elf \
  qemu-system-misc nodejs npm"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# A machine may carry node and npm from elsewhere than Debian; they are good enough.
case "$missing" in *nodejs*|*npm*)
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | sed 's/ nodejs//; s/ npm//')
  fi;;
esac

if [ -n "$missing" ]; then
  echo "setup: installing$missing"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends $missing
else
  echo "setup: all packages present"
fi
