#!/bin/sh
# Undo after-install.sh: no autostart entry once the package is gone.
rm -f /etc/xdg/autostart/bedside-guide.desktop
