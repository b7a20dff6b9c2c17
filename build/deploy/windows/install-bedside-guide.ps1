<#
  Installs Bedside Guide, the ward's fleet policy and its content pack on a Windows 10/11
  tablet. Intune (Win32 app, install command) and Configuration Manager (script
  installer) run it as SYSTEM:
    powershell.exe -NoProfile -ExecutionPolicy Bypass -File install-bedside-guide.ps1
  Package it (IntuneWinAppUtil) with the installer, policy.json and the pack beside it.
  Detection: detect-bedside-guide.ps1.
#>
[CmdletBinding()]
param(
  [string]$Installer = (Join-Path $PSScriptRoot 'Bedside Guide Setup 0.1.0.exe'),
  [string]$Policy = (Join-Path $PSScriptRoot 'policy.json'),
  [string]$Pack = ''
)
$ErrorActionPreference = 'Stop'

if (-not (Test-Path -LiteralPath $Installer)) { throw "Installer not found: $Installer" }
if (-not (Test-Path -LiteralPath $Policy)) { throw "Policy not found: $Policy" }

# Per-machine NSIS installer: /S installs silently into C:\Program Files\Bedside Guide.
$setup = Start-Process -FilePath $Installer -ArgumentList '/S' -Wait -PassThru
if ($setup.ExitCode -ne 0) { throw "Installer exited with $($setup.ExitCode)" }

# The kiosk reads %ProgramData%\BedsideGuide\policy.json. Only administrators and SYSTEM
# may change it: anyone who could would control the ward's contacts.
$folder = Join-Path $env:ProgramData 'BedsideGuide'
New-Item -ItemType Directory -Force -Path $folder | Out-Null
$acl = New-Object System.Security.AccessControl.DirectorySecurity
$acl.SetAccessRuleProtection($true, $false)
$inherit = [System.Security.AccessControl.InheritanceFlags]'ContainerInherit, ObjectInherit'
$none = [System.Security.AccessControl.PropagationFlags]::None
foreach ($who in @('*S-1-5-18', '*S-1-5-32-544')) {
  $sid = New-Object System.Security.Principal.SecurityIdentifier($who.TrimStart('*'))
  $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($sid, 'FullControl', $inherit, $none, 'Allow')))
}
$users = New-Object System.Security.Principal.SecurityIdentifier('S-1-5-32-545')
$acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule($users, 'ReadAndExecute', $inherit, $none, 'Allow')))
Set-Acl -LiteralPath $folder -AclObject $acl

Copy-Item -LiteralPath $Policy -Destination (Join-Path $folder 'policy.json') -Force
if ($Pack -ne '') {
  $packs = Join-Path $folder 'packs'
  New-Item -ItemType Directory -Force -Path $packs | Out-Null
  # The policy's "contentPack" must name this path, e.g. C:\ProgramData\BedsideGuide\packs\ward.zip
  Copy-Item -LiteralPath $Pack -Destination $packs -Force
}
Write-Output 'Bedside Guide installed with its policy.'
exit 0
