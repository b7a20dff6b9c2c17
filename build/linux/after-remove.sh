# Bedside Guide's own step, after electron-builder's template ones (link, AppArmor
# profile): no autostart entry once the package is gone.
rm -f /etc/xdg/autostart/bedside-guide.desktop
