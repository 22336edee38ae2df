; Inno Setup script: GreenDesk for one Windows user, installed without administrator rights.
; Saved as UTF-8 with a byte-order mark, so ISCC reads the Russian texts as UTF-8.
;
;   pyinstaller packaging\greendesk.spec     (the bundle: dist\GreenDesk\)
;   iscc packaging\greendesk.iss             (the installer: dist\GreenDesk-<version>-setup.exe)
;
; The program goes to %LOCALAPPDATA%\Programs\GreenDesk ({userpf}), its shortcuts to the
; user's own Start menu. The officer's databases live elsewhere (%LOCALAPPDATA%\GreenDesk,
; greendesk.paths.data_dir), so uninstalling or upgrading never touches them.

#define AppName "GreenDesk"
#define AppExe "greendesk.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\GreenDesk"
#ifndef AppVersion
  ; the version the spec wrote into the exe's version resource (greendesk.__version__)
  #define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)
#endif

[Setup]
AppId={{6F1C7E52-3B9A-4C1D-9E0F-5A7B2C8D4E61}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
AppComments=The environmental officer's desk for mining and metallurgical plants
; per user, no UAC prompt: {userpf} is %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Bundle}\..
OutputBaseFilename={#AppName}-{#AppVersion}-setup
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
; the glossary's term (resources/i18n/glossary.csv: "demo plant")
en.DemoPlant=%1 (demo plant)
ru.DemoPlant=%1 (демо-предприятие)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle; an upgrade first removes the old _internal folder, so no
; library of an older release lingers beside the new one
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:DemoPlant,{#AppName}}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; WorkingDir: "{userdocs}"; Flags: nowait postinstall skipifsilent
