#!/usr/bin/env bash
# Starts what the test suite needs beyond Java and Maven: a PostgreSQL on 127.0.0.1:5432 with a
# database "test" that user "postgres" reaches without a password. Uses the machine's PostgreSQL
# when there is one (starting it if stopped); installs Debian's otherwise. Also installs Dovecot
# (dovecot-imapd) when missing: its test starts its own server; Chromium (install-browser.sh) and Tesseract
# (install-ocr.sh). Safe to run again.
set -euo pipefail

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Dovecot (dovecot-imapd) from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null
  else
    echo "No Dovecot here and not root: the Dovecot test will be skipped (outside CI)" >&2
  fi
fi

# Chromium and chromedriver for the tests that look at pages and mails in a browser
"$(dirname "$0")/install-browser.sh"

# Tesseract and its Vietnamese data for reading scans
"$(dirname "$0")/install-ocr.sh"

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

if command -v pg_isready >/dev/null 2>&1 && pg_up; then
  echo "PostgreSQL already runs on 127.0.0.1:5432"
  exit 0
fi

if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "No PostgreSQL here and not root: the PostgreSQL tests will be skipped (outside CI)" >&2
    exit 0
  fi
  echo "Installing PostgreSQL from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
hba=/etc/postgresql/$version/main/pg_hba.conf
if ! grep -q "reportbot tests" "$hba"; then
  # trust for loopback connections, as on the project's machines
  sed -i '1i # reportbot tests: trust loopback\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
fi
pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster --skip-systemctl-redirect "$version" main reload || true
for _ in $(seq 1 30); do pg_up && break; sleep 1; done
pg_up || { echo "PostgreSQL did not start on 127.0.0.1:5432" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test"
echo "PostgreSQL runs on 127.0.0.1:5432"
