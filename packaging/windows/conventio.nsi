; Conventio's Windows installer (NSIS 3, Modern UI 2). Built by scripts/package-windows:
;   makensis -DVERSION=0.2.0 -DDIST=<folder with the .exe files> -DOUTFILE=<installer.exe> conventio.nsi
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\Conventio,
; a Start-menu entry and the user's PATH get it, and "Apps & features" lists its uninstaller.
; The uninstaller keeps the user's data (settings, draft, practice in %APPDATA%\Conventio) unless
; asked: the box on its components page, or /DELETEDATA on its command line. Declarations saved in
; Documents are never touched. Silent: installer /S [/D=folder]; uninstaller /S [/DELETEDATA].

; A 64-bit installer for the 64-bit program (and Wine without 32-bit support can run it).
Target amd64-unicode
!ifndef VERSION
  !error "pass -DVERSION=x.y.z (scripts/package-windows takes it from Cargo.toml)"
!endif
!ifndef DIST
  !error "pass -DDIST=<folder holding conventio.exe and conventiow.exe>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Conventio-${VERSION}-setup.exe"
!endif

!define APP "Conventio"
!define PUBLISHER "Conventio"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Conventio"
!define ASSETS "${__FILEDIR__}/../../assets"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Copyright (c) 2026 the Conventio team"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"

!define MUI_ICON "${ASSETS}/icons/conventio.ico"
!define MUI_UNICON "${ASSETS}/icons/conventio.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${ASSETS}/icons/installer-side.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${ASSETS}/icons/installer-side.bmp"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\conventiow.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${DIST}/LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the system's is none of these.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_FRENCH} "Conventio (programme)"
LangString SecProgram ${LANG_DUTCH} "Conventio (programma)"
LangString SecProgram ${LANG_GERMAN} "Conventio (Programm)"
LangString SecProgram ${LANG_ENGLISH} "Conventio (program)"
LangString SecData ${LANG_FRENCH} "Supprimer aussi mes données (réglages, brouillon, médecins du cabinet)"
LangString SecData ${LANG_DUTCH} "Ook mijn gegevens verwijderen (instellingen, ontwerp, artsen van de praktijk)"
LangString SecData ${LANG_GERMAN} "Auch meine Daten löschen (Einstellungen, Entwurf, Ärzte der Praxis)"
LangString SecData ${LANG_ENGLISH} "Also delete my data (settings, draft, the practice's doctors)"
LangString SecDataInfo ${LANG_FRENCH} "Les déclarations enregistrées dans Documents sont toujours gardées."
LangString SecDataInfo ${LANG_DUTCH} "Verklaringen die in Documenten zijn bewaard, blijven altijd behouden."
LangString SecDataInfo ${LANG_GERMAN} "In Dokumente gespeicherte Erklärungen bleiben immer erhalten."
LangString SecDataInfo ${LANG_ENGLISH} "Declarations saved in Documents are always kept."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(SecProgram)" SecProgramId
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${DIST}/conventio.exe"
  File "${DIST}/conventiow.exe"
  File "${DIST}/LICENSE.txt"
  File "${DIST}/README.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\conventiow.exe" "" "$INSTDIR\conventio.exe" 0 \
    SW_SHOWNORMAL "" "$(^Name)"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\conventio.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  Call AddToUserPath
SectionEnd

Section "un.$(SecProgram)" UnSecProgramId
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\conventio.exe"
  Delete "$INSTDIR\conventiow.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Call un.RemoveFromUserPath
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(SecData)" UnSecDataId
  SetShellVarContext current
  ; Where the app keeps its own files (directories crate: {RoamingAppData}\Conventio\conventio).
  RMDir /r "$APPDATA\Conventio"
  RMDir /r "$LOCALAPPDATA\Conventio"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecDataId} $(SecDataInfo)
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

; The data box starts unticked; /DELETEDATA ticks it (and is how a silent uninstall deletes data).
Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/DELETEDATA" $R1
  IfErrors +2 0
    SectionSetFlags ${UnSecDataId} ${SF_SELECTED}
FunctionEnd

; --- The user's PATH (HKCU\Environment), so `conventio check …` works in cmd and PowerShell. ---

Function AddToUserPath
  ReadRegStr $0 HKCU "Environment" "Path"
  ${WordFind} "$0" "$INSTDIR" "E+1{" $1
  IfErrors 0 done          ; already there
  StrCmp $0 "" 0 +3
    StrCpy $0 "$INSTDIR"
    Goto write
  StrCpy $0 "$0;$INSTDIR"
  write:
  WriteRegExpandStr HKCU "Environment" "Path" "$0"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  done:
FunctionEnd

Function un.RemoveFromUserPath
  ReadRegStr $0 HKCU "Environment" "Path"
  ${un.WordReplace} "$0" ";$INSTDIR" "" "+" $0
  ${un.WordReplace} "$0" "$INSTDIR;" "" "+" $0
  ${un.WordReplace} "$0" "$INSTDIR" "" "+" $0
  StrCmp $0 "" 0 +3
    DeleteRegValue HKCU "Environment" "Path"
    Goto broadcast
  WriteRegExpandStr HKCU "Environment" "Path" "$0"
  broadcast:
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
FunctionEnd
