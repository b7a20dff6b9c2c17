# Bedside Guide's own step, run by the deb after electron-builder's template steps
# (the /usr/bin link, chrome-sandbox's mode, the AppArmor profile for Ubuntu 24.04, the
# desktop database): build/linux-scripts.ts joins the two; electron-builder fills in
# the macros below. Start the kiosk when any user logs in to a desktop session (XDG
# autostart). A dedicated kiosk session (cage, GNOME Kiosk) starts it itself: see
# README "Running on real tablets".
mkdir -p /etc/xdg/autostart
cat > /etc/xdg/autostart/bedside-guide.desktop <<'ENTRY'
[Desktop Entry]
Type=Application
Name=Bedside Guide
Exec=/opt/${sanitizedProductName}/${executable}
X-GNOME-Autostart-enabled=true
NoDisplay=true
ENTRY
