#!/bin/sh
# Makes the certificates the tls and https tests use, into the folder $1, with
# the `openssl` command: nothing of this is committed. (tests/js/harness.py
# and tests/node/run.py call it, and pass the folder as $TLS_CERTS.)
#
#   ca.pem, ca.key            a certificate authority
#   server.pem, server.key    signed by the CA, for localhost and 127.0.0.1
#   expired.pem, expired.key  signed by the CA, for localhost, expired in 2000
#   wronghost.pem, .key       signed by the CA, for wrong.example only
#   self.pem, self.key        self-signed, for localhost
#   client.pem, client.key    signed by the CA, a client certificate
#   enc.key                   server.key under the passphrase "secret"
#   server.pfx                server.key, server.pem and ca.pem as PKCS#12, passphrase "sesame"
#   other.pem, other.key      signed by the CA, for other.example and *.wild.example (SNI)
set -e
dir="$1"
mkdir -p "$dir"
cd "$dir"
q() { "$@" >/dev/null 2>&1; }
key() { q openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

key ca.key
q openssl req -x509 -new -key ca.key -sha256 -days 3650 -subj "/CN=Test CA/O=Teaching" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out ca.pem

# sign NAME SUBJECT SAN [DAYS-OR-DATES]: a leaf certificate signed by the CA.
sign() {
  key "$1.key"
  q openssl req -new -key "$1.key" -subj "$2" -out "$1.csr"
  printf 'basicConstraints=CA:FALSE\n%s\n' "$3" > "$1.ext"
  q openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -set_serial "$4" -sha256 \
    -extfile "$1.ext" -out "$1.pem" $5
  rm -f "$1.csr" "$1.ext"
}
sign server "/CN=localhost/O=Teaching" "subjectAltName=DNS:localhost,IP:127.0.0.1" 1001 "-days 365"
sign wronghost "/CN=wrong.example/O=Teaching" "subjectAltName=DNS:wrong.example" 1002 "-days 365"
sign other "/CN=other.example/O=Teaching" \
  "subjectAltName=DNS:other.example,DNS:*.wild.example" 1005 "-days 365"
sign client "/CN=client/O=Teaching" "extendedKeyUsage=clientAuth" 1003 "-days 365"
# Expired: valid from 1999 to 2000 (x509 -not_before/-not_after are 3.4's;
# `openssl ca` takes explicit dates on 3.0).
key expired.key
q openssl req -new -key expired.key -subj "/CN=localhost/O=Teaching" -out expired.csr
mkdir -p ca.db && : > ca.db/index.txt && echo 1004 > ca.db/serial
cat > ca.cnf <<'CNF'
[ca]
default_ca = d
[d]
database = ca.db/index.txt
serial = ca.db/serial
new_certs_dir = ca.db
default_md = sha256
policy = p
copy_extensions = none
unique_subject = no
[p]
commonName = supplied
organizationName = optional
[ext]
basicConstraints = CA:FALSE
subjectAltName = DNS:localhost,IP:127.0.0.1
CNF
q openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr \
  -startdate 19990101000000Z -enddate 20000101000000Z -extensions ext -out expired.pem -notext
rm -rf ca.db ca.cnf expired.csr

key self.key
q openssl req -x509 -new -key self.key -sha256 -days 365 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -out self.pem
q openssl pkey -in server.key -aes256 -passout pass:secret -out enc.key
q openssl pkcs12 -export -inkey server.key -in server.pem -certfile ca.pem -passout pass:sesame \
  -out server.pfx
