#!/bin/bash
# Xvfb + D-Bus session + AT-SPI + openbox + speech-dispatcher + Orca (debug log = what it says)
mkdir -p /tmp/sr /tmp/sr/ff
echo 'user_pref("signon.rememberSignons", false); user_pref("datareporting.policy.dataSubmissionPolicyBypassNotification", true);' > /tmp/sr/ff/user.js
# Orca: key echo and say-all-on-load off, so that transcripts hold what the page says
S=~/.local/share/orca/user-settings.conf
[ -f "$S" ] && python3 -c "import json,sys; p=sys.argv[1]; d=json.load(open(p)); d['general'].update(enableKeyEcho=False, sayAllOnLoad=False); json.dump(d, open(p,'w'), indent=2)" "$S"
export DISPLAY=:99
pkill -9 -f "Xvfb :99"; pkill -9 -f bin/orca; pkill -9 speech-dispatcher; pkill -9 openbox; sleep 1
Xvfb :99 -screen 0 1280x900x24 >/tmp/sr/xvfb.log 2>&1 &
sleep 1
eval "$(dbus-launch --sh-syntax)"
echo "export DBUS_SESSION_BUS_ADDRESS='$DBUS_SESSION_BUS_ADDRESS'; export DISPLAY=:99; export GTK_MODULES=gail:atk-bridge; export GNOME_ACCESSIBILITY=1; export NO_AT_BRIDGE=0; export MOZ_ENABLE_ACCESSIBILITY=1" > /tmp/sr/env.sh
. /tmp/sr/env.sh
/usr/libexec/at-spi-bus-launcher --launch-immediately >/tmp/sr/atspi.log 2>&1 &
sleep 1
gsettings set org.gnome.desktop.interface toolkit-accessibility true 2>/dev/null
openbox >/tmp/sr/openbox.log 2>&1 &
sleep 1
orca --debug-file=/tmp/sr/orca-debug.log >/tmp/sr/orca.log 2>&1 &
sleep 3
echo started
