; Inno Setup 6 script: the Windows installer for Kadın Danışma (per-machine, Start-menu entry, uninstaller).
;
; Build the bundle first (packaging/README.md), then on Windows:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\kadin-danisma.iss
; The installer is written to dist\kadin-danisma-<version>-setup.exe.
;
; Data safety: the program goes to Program Files; each user's vault lives in her own
; %LOCALAPPDATA%\KadinDanisma\vault and is never written, moved or deleted by this installer or by the
; uninstaller. That is why there is no [UninstallDelete] section: do not add one that reaches outside {app}.

#define AppName "Kadın Danışma"
#define AppVersion "0.1.0"
#define AppExe "kadin-danisma.exe"
#define Bundle "..\..\dist\kadin-danisma"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6B8E2D1A-4C7F-4E51-9A3B-0D2C5E7F9A14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kadın Danışma
DefaultDirName={autopf}\Kadin Danisma
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine: one copy of the program for every counselor's account on the workstation.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\kadin_danisma\resources\icons\kadin-danisma.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=kadin-danisma-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files (a running app holds its DLLs open).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; an upgrade replaces it. Nothing is installed outside {app}.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[InstallDelete]
; An upgrade must not keep stale libraries of an older bundle next to the new ones (program files only).
Type: filesandordirs; Name: "{app}\_internal"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
