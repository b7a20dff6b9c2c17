#!/bin/sh
# Start Bedside Guide when any user logs in to a desktop session (XDG autostart).
# A dedicated kiosk session (cage, GNOME Kiosk) starts it itself: see README "Deployment".
set -e
mkdir -p /etc/xdg/autostart
cat > /etc/xdg/autostart/bedside-guide.desktop <<'ENTRY'
[Desktop Entry]
Type=Application
Name=Bedside Guide
Exec="/opt/Bedside Guide/bedside-guide"
X-GNOME-Autostart-enabled=true
NoDisplay=true
ENTRY
