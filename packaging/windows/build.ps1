# Builds the Windows installer: dist\herning-laeser-<version>-setup.exe.
# UNTESTED (no Windows machine in this project's CI). Needs Python 3.11 (py launcher) and Inno Setup 6.
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"').Matches[0].Groups[1].Value
py -3.11 -m venv build\venv
build\venv\Scripts\python -m pip install --upgrade pip
build\venv\Scripts\python -m pip install . "pyinstaller>=6.10,<7"

# The one-folder app: dist\herning-laeser\herning-laeser.exe (window) and herning-laeser-cli.exe (console).
build\venv\Scripts\pyinstaller --noconfirm --clean packaging\herning-laeser.spec
dist\herning-laeser\herning-laeser-cli.exe --check
if ($LASTEXITCODE -ne 0) { throw "the bundle's --check failed" }

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" packaging\windows\herning-laeser.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\herning-laeser-$version-setup.exe"
