#!/bin/bash
# Runs once, on an empty data volume (postgres image's /docker-entrypoint-initdb.d): one database per service,
# each owned by its own login role, with passwords from the environment rather than from this file.
set -euo pipefail

psql --variable=ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     --set=agijobs_password="$AGIJOBS_DB_PASSWORD" \
     --set=keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE agijobs LOGIN PASSWORD :'agijobs_password';
CREATE DATABASE agijobs OWNER agijobs;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
