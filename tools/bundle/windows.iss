; Inno Setup script of the Windows installer: a per-user install that needs no administrator rights.
; Built by .github/workflows/bundles.yml after PyInstaller (tools/bundle/annotator.spec) made
; dist\testimony-annotator\; by hand:  iscc /DAppVersion=0.1.0 tools\bundle\windows.iss
; Installs into %LOCALAPPDATA%\Programs\Testimony Annotator, a Start menu entry, and the .testimony
; file type (double-click opens the project: annotator.exe gui "FILE"), all under HKEY_CURRENT_USER.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\testimony-annotator"
#endif
#define AppName "Testimony Annotator"
#define ProgId "TestimonyAnnotator.Project"

[Setup]
; the GUID names this program in Windows' list of installed programs: never change it
AppId={{6A1F3C52-8E0B-4D4B-9B7E-3F2D5C1A9E47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Testimony Annotator developers
; per user, no administrator: {autopf} is then %LOCALAPPDATA%\Programs and HKA is HKEY_CURRENT_USER
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=testimony-annotator-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\testimony-annotator.ico
UninstallDisplayIcon={app}\testimony-annotator.ico
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\testimony-annotator.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\annotator.exe"; Parameters: "gui"; IconFilename: "{app}\testimony-annotator.ico"; Comment: "Qualitative coding of testimony, offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\annotator.exe"; Parameters: "gui"; IconFilename: "{app}\testimony-annotator.ico"; Tasks: desktopicon

[Registry]
; the .testimony type, its icon and its "open" command (annotator.exe gui "FILE")
Root: HKA; Subkey: "Software\Classes\.testimony"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.testimony\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Testimony Annotator project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\testimony-annotator.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\annotator.exe"" gui ""%1"""
; "Open with" for .sqlite projects, without taking .sqlite over from other programs
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".testimony"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""

[Run]
Filename: "{app}\annotator.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
