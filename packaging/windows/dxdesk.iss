; Per-user installer of dxdesk (Inno Setup 6.3 or later: this file is UTF-8 without a BOM,
; and x64compatible needs 6.3). No admin rights: installs under
; %LOCALAPPDATA%\Programs\dxdesk, a Start-menu entry, the .dxp file type in HKCU.
; Built by .github/workflows/windows.yml after the bundle (dist\dxdesk):
;   iscc /DAppVersion=0.1.0 packaging\windows\dxdesk.iss   → dist\dxdesk-0.1.0-setup.exe
; Updates: the fixed AppId makes a newer installer replace the program in place. The user's
; register, backups and settings live in %LOCALAPPDATA%\dxdesk (platformdirs), outside {app}:
; neither an update nor the uninstaller touches them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Bundle "..\..\dist\dxdesk"

[Setup]
; never change: upgrades find the installed copy by it
AppId={{5B0D3C52-6F0B-4C0E-9F7A-2D4E8A1C7B31}
AppName=dxdesk
AppVersion={#AppVersion}
AppVerName=dxdesk {#AppVersion}
AppPublisher=dxdesk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={localappdata}\Programs\dxdesk
DisableDirPage=auto
DefaultGroupName=dxdesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; the named mutex every dxdesk process holds (dxdesk/core/winapi.py): setup and uninstall
; refuse while dxdesk runs
AppMutex=dxdesk-running
CloseApplications=no
SetupIconFile=..\..\dxdesk\resources\icons\dxdesk.ico
UninstallDisplayIcon={app}\dxdesk.exe
UninstallDisplayName=dxdesk
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
OutputDir=..\..\dist
OutputBaseFilename=dxdesk-{#AppVersion}-setup
LicenseFile=..\..\LICENSE

[Languages]
; Vietnamese ships with Inno Setup 6.5 and later (Languages\Vietnamese.isl; the workflow installs
; the current Inno Setup); with an older compiler the installer speaks English
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the program whole: no module of the old version is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\dxdesk"; Filename: "{app}\dxdesk.exe"
Name: "{userdesktop}\dxdesk"; Filename: "{app}\dxdesk.exe"; Tasks: desktopicon

[Registry]
; double-click on an exchange package: `dxdesk.exe FILE.dxp` opens the window on its preview
Root: HKCU; Subkey: "Software\Classes\.dxp"; ValueType: string; ValueName: ""; ValueData: "dxdesk.package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\dxdesk.package"; ValueType: string; ValueName: ""; ValueData: "Gói trao đổi dxdesk"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\dxdesk.package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\dxdesk.exe,0"
Root: HKCU; Subkey: "Software\Classes\dxdesk.package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dxdesk.exe"" ""%1"""

[Run]
Filename: "{app}\dxdesk.exe"; Description: "{cm:LaunchProgram,dxdesk}"; Flags: nowait postinstall skipifsilent
