#!/bin/bash
# Makes a flat, signed apt repository of Bedside Guide's deb for the hospital's web
# server, so tablets get updates with their normal apt runs (and Ansible's apt module).
#   build/deploy/linux/make-apt-repo.sh dist/packages /srv/www/apt/bedside-guide KEY_ID
# Tablets then use: deb [signed-by=/etc/apt/keyrings/hospital-apt.asc] https://apt.hospital.example/bedside-guide ./
# (export the key for them with: gpg --armor --export KEY_ID > hospital-apt.asc)
# Needs dpkg-dev (dpkg-scanpackages), apt-utils (apt-ftparchive) and gnupg.
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 PACKAGES_FOLDER REPO_FOLDER GPG_KEY_ID" >&2
  exit 2
fi
packages=$1
repo=$2
key=$3

for tool in dpkg-scanpackages apt-ftparchive gpg; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is missing: apt-get install -y dpkg-dev apt-utils gnupg" >&2
    exit 1
  fi
done
shopt -s nullglob
debs=("$packages"/bedside-guide_*.deb)
if [ "${#debs[@]}" -eq 0 ]; then
  echo "No bedside-guide_*.deb in $packages: run npm run dist -- --linux deb first" >&2
  exit 1
fi

mkdir -p "$repo"
cp -f "${debs[@]}" "$repo"/
cd "$repo"
dpkg-scanpackages --multiversion . /dev/null > Packages
gzip -9kf Packages
apt-ftparchive release . > Release
gpg --batch --yes --local-user "$key" --clearsign --output InRelease Release
gpg --batch --yes --local-user "$key" --armor --detach-sign --output Release.gpg Release
echo "Repository ready in $repo (${#debs[@]} package(s))."
