; Inno Setup 6 (6.3 or newer) script for Buurtzaak Desktop on Windows (64-bit).
;
; First build the bundle, then the installer, in a Windows command prompt at the top of the source tree:
;   py -m venv .venv && .venv\Scripts\pip install -e ".[test]"
;   .venv\Scripts\python packaging\build.py --installer
; or, with the bundle already in dist\buurtzaak:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\buurtzaak.iss
; The result is dist\Buurtzaak-<version>-setup.exe.
;
; The user's data (the database, back-ups, logs) lives in %LOCALAPPDATA%\SWSL\Buurtzaak, never under {app}: the
; uninstaller removes only what this script installed, so the data folder stays where it is.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=<version from pyproject.toml> packaging\windows\buurtzaak.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\buurtzaak"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{C886A244-7F64-44A7-98CD-7346564B21FA}
AppName=Buurtzaak
AppVersion={#AppVersion}
AppVerName=Buurtzaak {#AppVersion}
AppPublisher=SWSL
AppComments=Rooster, vrijwilligers, spreekuur, activiteiten en begroting voor Huis van de Wijk De Buurtzaak
DefaultDirName={autopf}\Buurtzaak
DefaultGroupName=Buurtzaak
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Buurtzaak-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\buurtzaak.ico
UninstallDisplayIcon={app}\Buurtzaak.exe
UninstallDisplayName=Buurtzaak {#AppVersion}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade starts from a clean program folder, so that no file of an older version lingers in it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Buurtzaak"; Filename: "{app}\Buurtzaak.exe"
Name: "{autodesktop}\Buurtzaak"; Filename: "{app}\Buurtzaak.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Buurtzaak.exe"; Description: "{cm:LaunchProgram,Buurtzaak}"; Flags: nowait postinstall skipifsilent
