; Inno Setup script: per-user installer for Provenance Viewer (no administrator rights needed).
;
; Build the bundle first (python build/package.py → dist\provenance), then:
;   iscc /DAppVersion=0.1.0 build\windows\provenance.iss
; Output: dist\provenance-<version>-windows-x86_64-setup.exe
; Silent install for a whole lab: setup.exe /VERYSILENT /CURRENTUSER

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z build\windows\provenance.iss
#endif
#define AppName "Provenance Viewer"
#define AppExe "provenance.exe"
#define SourceDir "..\..\dist\provenance"

[Setup]
; The AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6E3F4C1B-2A8D-4F57-9C61-0B7E5D2A9F34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Provenance Viewer
; Per user: installs to %LOCALAPPDATA%\Programs, writes only HKEY_CURRENT_USER.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=provenance-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\resources\icons\provenance.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Tasks]
Name: "associate"; Description: "Open .corpus files with {#AppName}"; GroupDescription: "File types:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder bundle as PyInstaller made it: Qt stays as separate, replaceable DLLs (LGPL).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle wholesale, so no module of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Compare news reports claim by claim"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install. .corpus → ProvenanceViewer.Corpus → "provenance open <file>".
Root: HKA; Subkey: "Software\Classes\.corpus\OpenWithProgids"; ValueType: string; ValueName: "ProvenanceViewer.Corpus"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ProvenanceViewer.Corpus"; ValueType: string; ValueName: ""; ValueData: "Provenance Viewer corpus"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ProvenanceViewer.Corpus\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\ProvenanceViewer.Corpus\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".corpus"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The researcher's corpora (Documents) and data folder (%APPDATA%\Provenance Viewer) are kept.
Type: dirifempty; Name: "{app}"
