; Inno Setup 6 script: a per-machine installer for Herning Læser on Windows 10/11, 64-bit.
; UNTESTED (no Windows machine in this project's CI); written from Inno Setup 6's documentation.
;
; Build (packaging/windows/build.ps1 does all of it):
;   pyinstaller --noconfirm --clean packaging\herning-laeser.spec      -> dist\herning-laeser\
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\herning-laeser.iss
; Silent install:    herning-laeser-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
; Silent uninstall:  "C:\Program Files\Herning Læser\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; This file is UTF-8 with a byte-order mark, so "æ" reaches Windows intact.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Herning Læser"
#define AppExe "herning-laeser.exe"
#define Dist "..\..\dist\herning-laeser"

[Setup]
; The AppId identifies the program to Windows across versions: never change it.
AppId={{6E0B3F52-9C4D-4D7A-8B61-2F4B8E1C9A37}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Herning Kommune
VersionInfoVersion={#AppVersion}
; Per machine: Program Files, all users' Start menu; needs an administrator (or SYSTEM for silent deployment).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=herning-laeser-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An update closes a running copy first (Restart Manager), then replaces the program folder.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder (files of an older version must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\kiosk.ini.example"; DestDir: "{commonappdata}\{#AppName}"; Flags: ignoreversion uninsneveruninstall

[Dirs]
; The machine-wide configuration folder (kiosk.ini, profiles.json, content\): kept on uninstall.
Name: "{commonappdata}\{#AppName}"; Flags: uninsneveruninstall
Name: "{commonappdata}\{#AppName}\content"; Flags: uninsneveruninstall

[Icons]
Name: "{commonprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Børne- og Ungepolitik: stor skrift, oplæsning, tastatur"
Name: "{commondesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; Users may read the configuration folder, only administrators and SYSTEM may change it (well-known SIDs,
; so the command works on a Danish Windows, where the groups have Danish names).
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\{#AppName}"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
