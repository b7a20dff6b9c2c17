; Start Bedside Guide for every user on login (the installer is per machine).
; Under Assigned Access or Shell Launcher Windows starts it instead: see README "Deployment".
!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "BedsideGuide" '"$INSTDIR\BedsideGuide.exe"'
!macroend

!macro customUnInstall
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "BedsideGuide"
!macroend
