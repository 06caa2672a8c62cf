; Inno Setup script for LC Planner: a per-user install (no administrator rights), a Start-menu
; entry, and .lcplan files opening in LC Planner on double-click.
; Built by `python packaging/build.py` on Windows when iscc.exe (Inno Setup 6) is installed:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\lcplanner /Odist packaging\windows\lcplanner.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\lcplanner"
#endif

[Setup]
AppId={{6F0E2C3A-8C61-4A8B-9D7E-4C50504C414E}
AppName=LC Planner
AppVersion={#AppVersion}
AppPublisher=LC Planner developers
DefaultDirName={autopf}\LC Planner
DefaultGroupName=LC Planner
; Per user, without admin rights: {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
DisableProgramGroupPage=yes
OutputBaseFilename=lcplanner-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\lcplanner.ico
UninstallDisplayIcon={app}\lcplanner.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\LC Planner"; Filename: "{app}\lcplanner.exe"
Name: "{autodesktop}\LC Planner"; Filename: "{app}\lcplanner.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; HKA is HKCU for a per-user install: no admin rights needed for the file association.
Root: HKA; Subkey: "Software\Classes\.lcplan"; ValueType: string; ValueName: ""; ValueData: "LCPlanner.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\LCPlanner.Plan"; ValueType: string; ValueName: ""; ValueData: "LC Planner plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\LCPlanner.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\lcplanner.exe,0"
Root: HKA; Subkey: "Software\Classes\LCPlanner.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\lcplanner.exe"" ""%1"""

[Run]
Filename: "{app}\lcplanner.exe"; Description: "{cm:LaunchProgram,LC Planner}"; Flags: nowait postinstall skipifsilent
