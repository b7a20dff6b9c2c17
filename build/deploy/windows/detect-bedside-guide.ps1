<#
  Detection rule for Intune (custom script) and Configuration Manager (script detection
  method): reports Bedside Guide as installed when the app is at least the wanted
  version and the policy file is in place. Both tools read "installed" from a zero exit
  code WITH output on stdout; no output means "not installed".
#>
$wanted = [version]'0.1.0'
$exe = Join-Path $env:ProgramFiles 'Bedside Guide\BedsideGuide.exe'
$policy = Join-Path $env:ProgramData 'BedsideGuide\policy.json'

if (-not (Test-Path -LiteralPath $exe)) { exit 0 }
if (-not (Test-Path -LiteralPath $policy)) { exit 0 }
$version = [version](Get-Item -LiteralPath $exe).VersionInfo.ProductVersion
if ($version -lt $wanted) { exit 0 }
Write-Output "Bedside Guide $version with its policy"
exit 0
